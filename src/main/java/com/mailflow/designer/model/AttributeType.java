package com.mailflow.designer.model;

/** The JSON shape of a node attribute. */
public enum AttributeType {
    STRING,
    BOOLEAN,
    INTEGER,
    STRING_LIST
}
