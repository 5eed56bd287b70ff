package dev.roster.devusers;

import java.util.Locale;

/** The contract's dev-user job titles. */
enum JobTitle {
    CUSTOMER_SUCCESS_MANAGER, CXO, DESIGNER, DEVELOPER, HEAD_OF_SUPPORT, OPERATIONS, OTHERS,
    PRODUCT_MANAGER, QA, REVENUE_LEADER, SUPPORT, TECH_LEAD;

    String wire() { return name().toLowerCase(Locale.ROOT); }
}
