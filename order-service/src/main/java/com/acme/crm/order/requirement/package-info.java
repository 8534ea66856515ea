/**
 * Customer requirements (O-1): what the customer needs, drafted and then confirmed; quotes start from a confirmed one.
 */
@NullMarked
package com.acme.crm.order.requirement;

import org.jspecify.annotations.NullMarked;
