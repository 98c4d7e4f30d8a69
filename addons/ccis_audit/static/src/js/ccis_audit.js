odoo.define('ccis_audit.edit_conflict', function (require) {
"use strict";

/**
 * Edit conflicts: with each save of an existing record, the web client sends the value each
 * changed field had when the form was loaded, in the context key `ccis_original_values`
 * ({"res.partner,42": {"phone": "0522 11 22 33"}}). The server (ccis_audit/models/base.py)
 * refuses the write with a message if another user saved a different value in between,
 * instead of silently overwriting it.
 */
var BasicModel = require('web.BasicModel');

// the field types whose loaded value is sent back (x2many lists, binaries... are not)
var CHECKED_TYPES = ['char', 'text', 'html', 'selection', 'integer', 'float', 'monetary',
                     'boolean', 'date', 'datetime', 'many2one'];

BasicModel.include({
    /**
     * @override
     */
    save: function (recordID, options) {
        var self = this;
        var record = this.localData[recordID];
        if (!record || record.type !== 'record' || this.isNew(recordID) ||
                (options && options.savePoint)) {
            return this._super.apply(this, arguments);
        }
        // BasicModel.save takes the context of its write from record.getContext(), called
        // without arguments when the write is sent (after the mutex)
        var getContext = record.getContext;
        record.getContext = function (contextOptions) {
            var context = getContext.apply(this, arguments);
            if (!contextOptions) {
                var seen = self._ccisOriginalValues(record);
                if (!_.isEmpty(seen)) {
                    var originals = {};
                    originals[record.model + ',' + record.res_id] = seen;
                    context.ccis_original_values = originals;
                }
            }
            return context;
        };
        return this._super.apply(this, arguments).always(function () {
            record.getContext = getContext;
        });
    },
    /**
     * The values, as loaded, of the fields the user changed (in the server's format).
     *
     * @private
     * @param {Object} record
     * @returns {Object} field name -> value
     */
    _ccisOriginalValues: function (record) {
        var self = this;
        var seen = {};
        _.each(_.keys(record._changes || {}), function (name) {
            var field = record.fields[name];
            if (!field || !_.contains(CHECKED_TYPES, field.type) || !(name in record.data)) {
                return;
            }
            var value = record.data[name];
            if (field.type === 'many2one') {
                value = value ? self.localData[value].res_id : false;
            } else if (field.type === 'date' || field.type === 'datetime') {
                // parsed dates are moments whose toJSON gives the server's format
                value = value ? value.toJSON() : false;
            }
            seen[name] = value;
        });
        return seen;
    },
});

});
