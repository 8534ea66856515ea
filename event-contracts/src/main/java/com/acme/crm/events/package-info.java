/**
 * The integration events other systems may rely on: records, their CloudEvents envelope and their topics.
 */
@NullMarked
package com.acme.crm.events;

import org.jspecify.annotations.NullMarked;
