odoo.define('ccis_base.job_views', function (require) {
"use strict";

// The views of "Mes travaux en arrière-plan" (js_class="ccis_job_form" / "ccis_job_list"):
// while a job shown is waiting or running, the view reloads itself every few seconds, so
// its progress bar, step and result file appear without the user pressing F5. It stops as
// soon as no job shown is running, while the form is being edited, and while the view is
// not on screen (another action opened over it, or the browser tab hidden).
var FormController = require('web.FormController');
var FormView = require('web.FormView');
var ListController = require('web.ListController');
var ListView = require('web.ListView');
var view_registry = require('web.view_registry');

var RUNNING = ['pending', 'enqueued', 'started'];
var DELAY = 3000;

function anyRunning(state) {
    // a record, a list of records or of groups, as the basic model gives them
    if (!state) {
        return false;
    }
    if (state.type === 'record') {
        return RUNNING.indexOf(state.data.state) !== -1;
    }
    return (state.data || []).some(anyRunning);
}

var AutoRefreshMixin = {
    /**
     * Called after the first rendering and after every reload.
     */
    _update: function () {
        var result = this._super.apply(this, arguments);
        this._ccisSchedule();
        return result;
    },
    destroy: function () {
        clearTimeout(this._ccisTimer);
        this._super.apply(this, arguments);
    },
    _ccisSchedule: function () {
        var self = this;
        clearTimeout(this._ccisTimer);
        if (!anyRunning(this.model.get(this.handle))) {
            return;
        }
        this._ccisTimer = setTimeout(function () {
            if (self.isDestroyed()) {
                return;
            }
            if (!self._ccisMayReload()) {
                self._ccisSchedule();
                return;
            }
            self.reload();  // _update schedules the next one
        }, DELAY);
    },
    _ccisMayReload: function () {
        return !document.hidden && this.$el && this.$el.is(':visible');
    },
};

var JobFormController = FormController.extend(AutoRefreshMixin, {
    _ccisMayReload: function () {
        return this.mode === 'readonly' &&
            AutoRefreshMixin._ccisMayReload.apply(this, arguments);
    },
});

var JobFormView = FormView.extend({
    config: _.extend({}, FormView.prototype.config, {Controller: JobFormController}),
});

var JobListController = ListController.extend(AutoRefreshMixin, {
    _ccisMayReload: function () {
        return !this.getSelectedIds().length &&
            AutoRefreshMixin._ccisMayReload.apply(this, arguments);
    },
});

var JobListView = ListView.extend({
    config: _.extend({}, ListView.prototype.config, {Controller: JobListController}),
});

view_registry.add('ccis_job_form', JobFormView);
view_registry.add('ccis_job_list', JobListView);

return {
    JobFormController: JobFormController,
    JobListController: JobListController,
    anyRunning: anyRunning,
};

});
