package dev.roster.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one object went through under the crash test's load, written by one client only: the shape
 * each acknowledged write left it in (the first is its creation), and the shape the write cut off by
 * a crash would have left it in, if one was. Only the last write can be cut off: a client stops there.
 */
final class Story {
    /** A write as its event must describe it: the object's shape before (null for a creation) and after. */
    record Change(String objectId, String before, String after) {}

    private final String family;
    private final String id;
    private final List<String> shapes = new ArrayList<>();
    private String cutOff;

    Story(String family, String id, String created) {
        this.family = family;
        this.id = id;
        shapes.add(created);
    }

    String family() { return family; }

    String id() { return id; }

    synchronized String last() { return shapes.getLast(); }

    synchronized void acknowledged(String shape) {
        if (cutOff != null) throw new IllegalStateException(id + " was written after a write to it was cut off");
        shapes.add(shape);
    }

    synchronized void cutOff(String shape) { cutOff = shape; }

    /** The changes its acknowledged writes made, in order. */
    synchronized List<Change> acknowledgedChanges() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) changes.add(new Change(id, i == 0 ? null : shapes.get(i - 1), shapes.get(i)));
        return changes;
    }

    /** The change the cut-off write would make, if there was one. */
    synchronized Optional<Change> cutOffChange() {
        return Optional.ofNullable(cutOff).map(after -> new Change(id, last(), after));
    }

    /** What the directory may show: the last acknowledged shape, or the cut-off write's if it committed. */
    synchronized boolean allows(String now) { return now.equals(last()) || now.equals(cutOff); }

    @Override
    public synchronized String toString() { return id + ": " + shapes + (cutOff == null ? "" : ", cut off: " + cutOff); }
}
