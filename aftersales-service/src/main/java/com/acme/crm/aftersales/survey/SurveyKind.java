package com.acme.crm.aftersales.survey;

/** why a survey was issued: an order was accepted, or the quarterly round. */
public enum SurveyKind {
    ORDER_ACCEPTED, QUARTERLY
}
