package org.jakstat.knime.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.MissingCell;
import org.knime.core.data.MissingValue;
import org.knime.core.data.NominalValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;

/** Types, cells and specs. */
class DataTypeTest {

    @Test
    void compatibilityFollowsTheValueInterfacesOfTheCellClass() {
        assertTrue(IntCell.TYPE.isCompatible(DoubleValue.class));
        assertTrue(IntCell.TYPE.isCompatible(LongValue.class));
        assertTrue(IntCell.TYPE.isCompatible(IntValue.class));
        assertFalse(StringCell.TYPE.isCompatible(DoubleValue.class));
        assertTrue(StringCell.TYPE.isCompatible(StringValue.class));
        assertTrue(StringCell.TYPE.isCompatible(NominalValue.class));
        assertFalse(DoubleCell.TYPE.isCompatible(IntValue.class));
        assertTrue(LongCell.TYPE.isCompatible(DoubleValue.class));
        assertTrue(BooleanCell.TYPE.isCompatible(BooleanValue.class));
        assertTrue(BooleanCell.TYPE.isCompatible(DoubleValue.class));
        assertEquals(DoubleValue.class, DoubleCell.TYPE.getPreferredValueClass());
        assertEquals(IntValue.class, IntCell.TYPE.getPreferredValueClass());
    }

    @Test
    void namesAndIdentity() {
        assertEquals("Number (double)", DoubleCell.TYPE.getName());
        assertEquals("Number (integer)", IntCell.TYPE.getName());
        assertEquals("Number (long)", LongCell.TYPE.getName());
        assertEquals("String", StringCell.TYPE.getName());
        assertEquals("Boolean value", BooleanCell.TYPE.getName());
        assertEquals("String", StringCell.TYPE.toString());
        assertSame(DoubleCell.TYPE, DataType.getType(DoubleCell.class));
        assertEquals(DoubleCell.class, DoubleCell.TYPE.getCellClass());
        assertNotEquals(IntCell.TYPE, DoubleCell.TYPE);
        assertSame(DoubleCell.TYPE, new DoubleCell(1).getType());
    }

    @Test
    void commonSuperTypes() {
        assertEquals(DoubleCell.TYPE, DataType.getCommonSuperType(IntCell.TYPE, DoubleCell.TYPE));
        assertEquals(LongCell.TYPE, DataType.getCommonSuperType(IntCell.TYPE, LongCell.TYPE));
        assertEquals(StringCell.TYPE, DataType.getCommonSuperType(StringCell.TYPE, StringCell.TYPE));
        assertEquals(IntCell.TYPE, DataType.getCommonSuperType(DataType.getMissingCell().getType(), IntCell.TYPE));
        DataType mixed = DataType.getCommonSuperType(StringCell.TYPE, DoubleCell.TYPE);
        assertNull(mixed.getCellClass());
        assertFalse(mixed.isCompatible(DoubleValue.class));
        assertTrue(mixed.isASuperTypeOf(StringCell.TYPE));
    }

    @Test
    void missingCellsCarryTheirReason() {
        MissingCell m = new MissingCell("fit did not converge");
        assertTrue(m.isMissing());
        assertEquals("fit did not converge", m.getError());
        assertEquals("?", m.toString());
        assertTrue(DataType.getMissingCell().isMissing());
        assertEquals(m, DataType.getMissingCell(), "missing cells are equal regardless of the reason");
        assertTrue(m.getType().isCompatible(MissingValue.class));
        assertNotEquals(new DoubleCell(1), m);
    }

    @Test
    void cellsCompareByValue() {
        assertEquals(new DoubleCell(0.5), new DoubleCell(0.5));
        assertEquals(new DoubleCell(Double.NaN), new DoubleCell(Double.NaN));
        assertNotEquals(new IntCell(1), new DoubleCell(1), "different cell classes");
        assertSame(BooleanCell.TRUE, BooleanCell.BooleanCellFactory.create(true));
        assertSame(BooleanCell.FALSE, BooleanCell.BooleanCellFactory.create(false));
        assertEquals(1, ((IntValue)BooleanCell.TRUE).getIntValue());
        assertThrows(NullPointerException.class, () -> new StringCell(null));
        DataCell c = new LongCell(3);
        assertEquals(3.0, ((DoubleValue)c).getDoubleValue());
    }

    @Test
    void specsFindColumnsAndMakeUniqueNames() {
        DataTableSpec spec = Tables.doseSpec();
        assertEquals(3, spec.getNumColumns());
        assertEquals("default", spec.getName());
        assertEquals(1, spec.findColumnIndex("Conc"));
        assertEquals(-1, spec.findColumnIndex("IC50"));
        assertTrue(spec.containsName("Replicate"));
        assertEquals(DoubleCell.TYPE, spec.getColumnSpec("Conc").getType());
        assertNull(spec.getColumnSpec("nope"));
        assertEquals("Conc (#1)", DataTableSpec.getUniqueColumnName(spec, "Conc"));
        assertEquals("IC50 [nM]", DataTableSpec.getUniqueColumnName(spec, " IC50 [nM] "));
        assertEquals(3, spec.stream().count());
        assertEquals("Compound", spec.getColumnNames()[0]);
        assertEquals(spec, Tables.doseSpec());
        assertThrows(IllegalArgumentException.class,
            () -> new DataTableSpec(new String[]{"a", "a"}, new DataType[]{IntCell.TYPE, IntCell.TYPE}));
        assertEquals("Row7", RowKey.createRowKey(7L).getString());
    }
}
