"""Member import in the background above a threshold (ccis_base's ccis.job.mixin): a file of
more rows than the system parameter ``ccis_base.job_threshold.member_import`` is checked and
imported by a job, which delivers the outcome and the report of bad rows to the user who
started it. Below the threshold the wizard works as before, inside the request."""
import base64
import io
import re
import zipfile

import xlrd

from odoo import _, api, models
from odoo.addons.queue_job.job import job

DEFAULT_THRESHOLD = 5000
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')


def estimate_rows(content, filename):
    """The number of data rows of a file, cheaply (without reading its cells): the lines of a
    CSV, the dimension of an XLSX's first sheet, the rows of an XLS' first sheet. None when
    it cannot tell.

    >>> estimate_rows(b'a;b\\n1;2\\n3;4\\n', 'x.csv')
    2
    """
    name = (filename or '').lower()
    try:
        if name.endswith('.xlsx'):
            with zipfile.ZipFile(io.BytesIO(content)) as book:
                sheets = sorted(n for n in book.namelist()
                                if n.startswith('xl/worksheets/sheet') and n.endswith('.xml'))
                if not sheets:
                    return None
                with book.open(sheets[0]) as sheet:
                    head = sheet.read(4096)
                found = _DIMENSION.search(head)
                if found:
                    return max(int(found.group(1) or 1) - 1, 0)
                return None
        if name.endswith('.xls'):
            book = xlrd.open_workbook(file_contents=content, on_demand=True)
            return max(book.sheet_by_index(0).nrows - 1, 0)
    except (zipfile.BadZipFile, xlrd.XLRDError, KeyError, ValueError, OSError):
        return None
    lines = content.count(b'\n')
    if content and not content.endswith(b'\n'):
        lines += 1
    return max(lines - 1, 0)


class CcisMemberImportWizard(models.TransientModel):
    _name = 'ccis.member.import.wizard'
    _inherit = ['ccis.member.import.wizard', 'ccis.job.mixin']

    # ------------------------------------------------------------------ the choice
    def _ccis_import_in_background(self):
        self.ensure_one()
        if not self.file or self.env.context.get('job_uuid'):
            return False
        rows = estimate_rows(base64.b64decode(self.file), self.file_name)
        if rows is None:
            return False
        return self._ccis_job_wanted('member_import', rows, DEFAULT_THRESHOLD)

    def _ccis_import_enqueue(self, write, accept_suggestions):
        upload = self._ccis_job_store_file(self.file_name, self.file)
        if write:
            description = _('Import of members from file %s') % (self.file_name or '')
        else:
            description = _('Checking member file %s') % (
                self.file_name or '')
        return self.browse()._ccis_job_enqueue(
            '_ccis_job_import', description,
            (upload.id, self.file_name or '', write, accept_suggestions), files=upload)

    @api.multi
    def action_check(self):
        if self._ccis_import_in_background():
            return self._ccis_import_enqueue(False, self.accept_suggestions)
        return super().action_check()

    @api.multi
    def action_import(self):
        if self._ccis_import_in_background():
            return self._ccis_import_enqueue(True, self.accept_suggestions)
        return super().action_import()

    @api.multi
    def action_accept_suggestions(self):
        if self._ccis_import_in_background():
            return self._ccis_import_enqueue(True, True)
        return super().action_accept_suggestions()

    # ------------------------------------------------------------------ progress
    # (the wizard's steps, left as they are: only the job's progress is recorded around them)
    def _validate_rows(self, rows, *args, **kwargs):
        self._ccis_job_progress(10, _('Checking %s rows') % len(rows))
        return super()._validate_rows(rows, *args, **kwargs)

    def _write_plan(self, plan, *args, **kwargs):
        self._ccis_job_progress(50, _('Writing %s members') % len(plan))
        return super()._write_plan(plan, *args, **kwargs)

    # ------------------------------------------------------------------ the job
    @job
    def _ccis_job_import(self, attachment_id, file_name, write, accept_suggestions):
        """Check (and with ``write``, import) the uploaded file as the wizard does inline;
        deliver the outcome and the report of bad rows to the user."""
        self = self.with_context(lang=self.env.user.lang or self.env.context.get('lang'))
        outcome = 'failed'
        with self._ccis_job_guard():
            self._ccis_job_progress(2, _('Reading the file'))
            upload = self.env['ir.attachment'].sudo().browse(attachment_id)
            wizard = self.create({'file': upload.datas, 'file_name': file_name,
                                  'accept_suggestions': accept_suggestions})
            if write:
                wizard.action_import()
            else:
                wizard.action_check()
            report = None
            if wizard.report_file:
                report = (wizard.report_name, base64.b64decode(wizard.report_file))
            self._ccis_job_deliver(wizard._ccis_import_summary(write), report=report)
            outcome = wizard.state
            upload.unlink()
        return outcome

    def _ccis_import_summary(self, write):
        """The outcome of the wizard's last run, in a sentence for the user."""
        self.ensure_one()
        values = {'file': self.file_name or '', 'rows': self.row_count,
                  'created': self.create_count, 'updated': self.update_count,
                  'errors': self.error_count, 'suggestions': self.suggestion_count}
        if self.state == 'error':
            return _('File %(file)s: %(errors)s row(s) in error out of %(rows)s, no member was written. The '
                     'anomaly report is attached.') % values
        if self.state == 'suggest':
            return _('File %(file)s: %(suggestions)s suggestion(s) to review (report attached), no member '
                     'was written. Run the import again, accepting the suggestions.') % values
        if self.state == 'done':
            return _('File %(file)s imported: %(created)s member(s) created, %(updated)s updated, out of '
                     '%(rows)s row(s) read.') % values
        return _('File %(file)s checked: no errors in %(rows)s row(s) read, nothing was written.') % values
