package org.palpate.admin;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.palpate.admin.TableSchema.Column;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * One column value as JSON and back, by the column's SQL type. Reading checks the JSON type against the column, so
 * a backup can put only a value of the right kind into a parameter: it is data, never SQL.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    static void write(ResultSet row, int index, Column column, ArrayNode out) throws SQLException {
        switch (kind(column)) {
            case INTEGER -> {
                long value = row.getLong(index);
                if (row.wasNull()) {
                    out.addNull();
                } else {
                    out.add(value);
                }
            }
            case FLOATING -> {
                double value = row.getDouble(index);
                if (row.wasNull()) {
                    out.addNull();
                } else {
                    out.add(value);
                }
            }
            case DECIMAL -> addOrNull(out, row.getBigDecimal(index));
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                if (row.wasNull()) {
                    out.addNull();
                } else {
                    out.add(value);
                }
            }
            case TEXT -> addOrNull(out, row.getString(index));
            case TIMESTAMP_TZ -> addOrNull(out, row.getObject(index, OffsetDateTime.class));
            case TIMESTAMP -> addOrNull(out, row.getObject(index, LocalDateTime.class));
            case DATE -> addOrNull(out, row.getObject(index, LocalDate.class));
        }
    }

    /** Binds one value; a value of the wrong kind is the backup's fault, reported with the column's name. */
    static void bind(PreparedStatement insert, int index, Column column, JsonNode value) throws SQLException, NotABackup {
        if (value == null || value.isNull()) {
            insert.setNull(index, column.jdbcType());
            return;
        }
        Kind kind = kind(column);
        boolean fits = switch (kind) {
            case INTEGER -> value.isIntegralNumber() && value.canConvertToLong();
            case FLOATING, DECIMAL -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case TEXT, TIMESTAMP_TZ, TIMESTAMP, DATE -> value.isString();
        };
        if (!fits) {
            throw new NotABackup("column " + column.name() + " holds " + value.getNodeType().name().toLowerCase() + " where "
                    + kind.name().toLowerCase().replace('_', ' ') + " is expected");
        }
        try {
            switch (kind) {
                case INTEGER -> insert.setLong(index, value.longValue());
                case FLOATING -> insert.setDouble(index, value.doubleValue());
                case DECIMAL -> insert.setBigDecimal(index, value.decimalValue());
                case BOOLEAN -> insert.setBoolean(index, value.booleanValue());
                case TEXT -> insert.setString(index, value.stringValue());
                case TIMESTAMP_TZ -> insert.setObject(index, OffsetDateTime.parse(value.stringValue()));
                case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(value.stringValue()));
                case DATE -> insert.setObject(index, LocalDate.parse(value.stringValue()));
            }
        } catch (DateTimeParseException e) {
            throw new NotABackup("column " + column.name() + " holds " + value.stringValue() + ", which is not a time");
        }
    }

    private static void addOrNull(ArrayNode out, Object value) {
        if (value == null) {
            out.addNull();
        } else if (value instanceof BigDecimal decimal) {
            out.add(decimal);
        } else {
            out.add(value.toString());
        }
    }

    private enum Kind {
        INTEGER, FLOATING, DECIMAL, BOOLEAN, TEXT, TIMESTAMP_TZ, TIMESTAMP, DATE
    }

    private static Kind kind(Column column) {
        return switch (column.jdbcType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.FLOATING;
            case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB, Types.NCLOB -> Kind.TEXT;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            default -> throw new IllegalStateException("column " + column.name() + " has SQL type " + column.jdbcType()
                    + ", which backups do not handle yet: add it to ColumnValues");
        };
    }
}
