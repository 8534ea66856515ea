package com.acme.crm.order.requirement;

/** O-1: what a requirement's delivery time promises. */
public enum DeliveryMeaning {
    /** The goods are at the delivery place. */
    ARRIVAL,
    /** The goods are installed and ready for acceptance. */
    INSTALLATION_COMPLETE
}
