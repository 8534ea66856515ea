package com.acme.crm.lead.importing.web;

import com.acme.crm.chassis.web.InvalidFieldException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a trade-show list in CSV (RFC 4180: a header row naming the capture fields, quoted values may hold commas,
 * quotes and line breaks) into one JSON object per row.
 */
final class LeadCsv {

    private LeadCsv() {
    }

    static List<JsonNode> parse(String csv, JsonMapper json) {
        List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (records.isEmpty()) {
            throw new InvalidFieldException("body", "the CSV has no header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        if (!header.contains("name")) {
            throw new InvalidFieldException("body", "the CSV header must name the columns, e.g. name,company,phone,email,channel");
        }
        List<JsonNode> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            ObjectNode row = json.createObjectNode();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                String value = record.get(i).strip();
                if (!value.isEmpty()) {
                    row.put(header.get(i), value);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
