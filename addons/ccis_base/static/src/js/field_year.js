odoo.define('ccis_base.field_year', function (require) {
"use strict";

// widget="year": an Integer field holding a year, shown as 2026, not with the thousands
// separator of the language ("2 026", "2,026", "2.026"). Edited and parsed as an integer.
var basic_fields = require('web.basic_fields');
var field_registry = require('web.field_registry');

var FieldYear = basic_fields.FieldInteger.extend({
    _formatValue: function (value) {
        return value || value === 0 ? String(value) : '';
    },
});

field_registry.add('year', FieldYear);

return FieldYear;

});
