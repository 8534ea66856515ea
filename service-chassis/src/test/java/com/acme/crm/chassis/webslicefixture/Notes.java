package com.acme.crm.chassis.webslicefixture;

import reactor.core.publisher.Mono;

import java.util.UUID;

/** The application service behind {@link NotesController}; the slice test mocks it. */
interface Notes {

    Mono<String> read(UUID id);

    Mono<String> write(String text, String author);
}
