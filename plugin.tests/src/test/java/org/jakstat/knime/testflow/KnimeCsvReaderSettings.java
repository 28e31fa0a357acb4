package org.jakstat.knime.testflow;

import org.knime.core.node.NodeSettingsWO;

/**
 * The model settings of KNIME's CSV Reader (knime-base {@code CSVTableReaderNodeFactory}) for a comma-separated
 * file with a header row, written with the keys its settings serializer validates and loads (KNIME 4.3+; the
 * keys added later are optional there). The cached table spec is not saved ({@code save_table_spec_config}
 * false), so KNIME guesses column types from the file at configure time, as the harness does.
 */
final class KnimeCsvReaderSettings {

    private KnimeCsvReaderSettings() {
    }

    static void write(final NodeSettingsWO model, final String url) {
        NodeSettingsWO s = model.addNodeSettings("settings");
        s.addBoolean("has_column_header", true);
        s.addBoolean("has_row_id", false);
        s.addBoolean("support_short_data_rows", false);
        s.addBoolean("skip_empty_data_rows", false);
        s.addBoolean("prepend_file_idx_to_row_id", false);
        s.addString("comment_char", "#");
        s.addString("column_delimiter", ",");
        s.addString("quote_char", "\"");
        s.addString("quote_escape_char", "\"");
        s.addBoolean("use_line_break_row_delimiter", true);
        s.addString("row_delimiter", "\n");
        s.addInt("autodetect_buffer_size", 1048576);
        writeFileSelection(s, url);

        NodeSettingsWO a = model.addNodeSettings("advanced_settings");
        a.addBoolean("fail_on_differing_specs", true);
        a.addBoolean("append_path_column_Internals", false);
        a.addString("path_column_name_Internals", "Path");
        a.addBoolean("limit_data_rows_scanned", false);
        a.addLong("max_data_rows_scanned", 10000L);
        a.addBoolean("save_table_spec_config_Internals", false);
        a.addBoolean("check_table_spec", false);
        a.addBoolean("limit_memory_per_column", true);
        a.addInt("maximum_number_of_columns", 8192);
        a.addString("quote_option", "REMOVE_QUOTES_AND_TRIM");
        a.addBoolean("replace_empty_quotes_with_missing", true);
        a.addString("thousands_separator", "\0");
        a.addString("decimal_separator", ".");

        NodeSettingsWO l = model.addNodeSettings("limit_rows");
        l.addBoolean("skip_lines", false);
        l.addLong("number_of_lines_to_skip", 1L);
        l.addBoolean("skip_data_rows", false);
        l.addLong("number_of_rows_to_skip", 1L);
        l.addBoolean("limit_data_rows", false);
        l.addLong("max_rows", 50L);

        model.addNodeSettings("encoding").addString("charset", "UTF-8");
    }

    /** The reader's file chooser settings (SettingsModelReaderFileChooser) for a custom URL. */
    private static void writeFileSelection(final NodeSettingsWO settingsTab, final String url) {
        TestflowWriter.addInternals(settingsTab, "file_selection", "SMID_ReaderFileChooser");
        NodeSettingsWO fileSelection = settingsTab.addNodeSettings("file_selection");
        NodeSettingsWO chooser = fileSelection.addNodeSettings("file_system_chooser__Internals");
        chooser.addBoolean("has_fs_port", false);
        chooser.addBoolean("overwritten_by_variable", false);
        chooser.addString("convenience_fs_category", "CUSTOM_URL");
        chooser.addString("relative_to", "knime.workflow.data");
        chooser.addString("mountpoint", "knime-temp-space");
        chooser.addInt("custom_url_timeout", 1000);
        chooser.addBoolean("connected_fs", true);
        NodeSettingsWO path = fileSelection.addNodeSettings("path");
        path.addBoolean("location_present", true);
        path.addString("file_system_type", "CUSTOM_URL");
        path.addString("file_system_specifier", "1000");
        path.addString("path", url);
        NodeSettingsWO filterModeInternals = fileSelection.addNodeSettings("filter_mode_Internals");
        filterModeInternals.addString("SettingsModelID", "SMID_FilterMode");
        filterModeInternals.addBoolean("EnabledStatus", false);
        NodeSettingsWO filterMode = fileSelection.addNodeSettings("filter_mode");
        filterMode.addString("filter_mode", "FILE");
        filterMode.addBoolean("include_subfolders", false);
        NodeSettingsWO o = filterMode.addNodeSettings("filter_options");
        o.addBoolean("filter_files_extension", false);
        o.addString("files_extension_expression", "");
        o.addBoolean("files_extension_case_sensitive", false);
        o.addBoolean("filter_files_name", false);
        o.addString("files_name_expression", "*");
        o.addBoolean("files_name_case_sensitive", false);
        o.addString("files_name_filter_type", "WILDCARD");
        o.addBoolean("include_hidden_files", false);
        o.addBoolean("include_special_files", true);
        o.addBoolean("filter_folders_name", false);
        o.addString("folders_name_expression", "*");
        o.addBoolean("folders_name_case_sensitive", false);
        o.addString("folders_name_filter_type", "WILDCARD");
        o.addBoolean("include_hidden_folders", false);
        o.addBoolean("follow_links", true);
    }
}
