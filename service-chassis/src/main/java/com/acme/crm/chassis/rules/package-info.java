/** The one thing domain code shares with the chassis: a way to refuse a command by naming the rule. */
package com.acme.crm.chassis.rules;
