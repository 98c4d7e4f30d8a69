odoo.define('ccis_web_rtl.web_client', function (require) {
"use strict";

// What the mirrored stylesheets cannot do in a right-to-left language (this file is loaded
// for right-to-left users only).
var basic_fields = require('web.basic_fields');
var CalendarModel = require('web.CalendarModel');
var core = require('web.core');
var ListRenderer = require('web.ListRenderer');

function isRtl() {
    return core._t.database.parameters.direction === 'rtl';
}

// The calendar (FullCalendar) lays the days out from the right.
CalendarModel.include({
    _getFullCalendarOptions: function () {
        var options = this._super.apply(this, arguments);
        options.isRTL = isRtl();
        return options;
    },
});

// Mixed content: a list cell or a text field reads in the direction of its first letter, and
// from the left when it has none (a phone number, an amount), so that a French name, a phone
// number or an ICE reads as it is written. (dir="auto" would leave a value without letters
// right to left: "+212 537 70 62 63" would show its groups of digits in reverse order.)
var STRONG = /[A-Za-z\u00C0-\u02AF\u0370-\u058F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
var RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function textDirection(text) {
    var letter = (text || '').match(STRONG);
    return letter && RIGHT_TO_LEFT.test(letter[0]) ? 'rtl' : 'ltr';
}

ListRenderer.include({
    _renderBodyCell: function () {
        var $td = this._super.apply(this, arguments);
        // (a cell with a widget in it keeps the page's direction)
        if (isRtl() && !$td.children().length && $td.text().trim()) {
            $td.attr('dir', textDirection($td.text()));
        }
        return $td;
    },
});

[basic_fields.FieldChar, basic_fields.FieldText].forEach(function (Field) {
    Field.include({
        _render: function () {
            var result = this._super.apply(this, arguments);
            if (isRtl()) {
                // an input follows what is typed in it
                this.$el.attr('dir', this.mode === 'edit' ? 'auto' : textDirection(this.$el.text()));
            }
            return result;
        },
    });
});

});
