/** The one {@link java.time.Clock} every service reads time from, movable by hand in the local profile. */
package com.acme.crm.chassis.clock;
