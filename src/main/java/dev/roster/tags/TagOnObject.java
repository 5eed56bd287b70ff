package dev.roster.tags;

/** A tag as an object carries it: the tag's summary fields and the value set on the object (null for none). */
public record TagOnObject(long tagId, String name, String color, String value) {}
