/** A one-controller service that the test of {@link com.acme.crm.chassis.test.CrmWebSliceTest} slices. */
package com.acme.crm.chassis.webslicefixture;
