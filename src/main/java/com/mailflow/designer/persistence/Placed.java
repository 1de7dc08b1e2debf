package com.mailflow.designer.persistence;

/** A decoded item and the JSON path it came from, for messages about it. */
record Placed<T>(T item, String path) {
}
