package com.acme.crm.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the human event catalog ({@code docs/events.md}) in step with the code: one table row per event type of
 * {@link EventCatalog}, with its topic and a working link to its schema, and no row for a type that is gone.
 */
class EventCatalogDocumentationTest {

    private static final Path CATALOG = AsyncApiDocumentTest.MODULE.resolveSibling("docs").resolve("events.md");

    /** A row of the events table: {@code | `crm.….v1` | `topic` | producer | consumers | [schema](link) | … |}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(crm\\.[^`]+\\.v\\d+)`\\s*\\|(.*)$", Pattern.MULTILINE);
    private static final Pattern SCHEMA_LINK = Pattern.compile("\\[schema]\\(([^)]+)\\)");

    private static final Map<String, String> ROWS = rows();

    static List<EventDescriptor> events() {
        return EventCatalog.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyPublishedEventHasARowInTheEventCatalog(EventDescriptor event) {
        assertThat(ROWS).as("rows of the events table in %s", CATALOG).containsKey(event.type());
        String[] cells = ROWS.get(event.type()).split("\\|");

        assertThat(cells[0].strip()).as("topic of %s", event.type()).isEqualTo("`" + event.topic() + "`");
        Matcher link = SCHEMA_LINK.matcher(ROWS.get(event.type()));
        assertThat(link.find()).as("schema link of %s", event.type()).isTrue();
        assertThat(CATALOG.resolveSibling(link.group(1)).normalize()).as("schema link of %s", event.type())
                .isEqualTo(AsyncApiDocumentTest.MODULE.resolve("src/main/resources").resolve(event.schemaResource()))
                .exists();
    }

    @Test
    void theEventCatalogListsOnlyPublishedEvents() {
        List<String> published = events().stream().map(EventDescriptor::type).toList();

        assertThat(ROWS.keySet()).as("event types in %s that no @EventType declares (stale?)", CATALOG)
                .isSubsetOf(published);
    }

    private static Map<String, String> rows() {
        String markdown;
        try {
            markdown = Files.readString(CATALOG);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the event catalog " + CATALOG, e);
        }
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(markdown);
        while (row.find()) {
            assertThat(rows.put(row.group(1), row.group(2))).as("second row for %s", row.group(1)).isNull();
        }
        return rows;
    }
}
