package com.acme.crm.chassis.archfixture.crowded.orders;

/** Sixteen top-level types in one package: one more than the rule allows. */
final class Crowded01 {
}

final class Crowded02 {
}

final class Crowded03 {
}

final class Crowded04 {
}

final class Crowded05 {
}

final class Crowded06 {
}

final class Crowded07 {
}

final class Crowded08 {
}

final class Crowded09 {
}

final class Crowded10 {
}

final class Crowded11 {
}

final class Crowded12 {
}

final class Crowded13 {
}

final class Crowded14 {
}

final class Crowded15 {
}

final class Crowded16 {
}
