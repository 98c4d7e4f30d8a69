import logging
import re

from odoo import _, api, fields, models
from odoo.tools import plaintext2html

from odoo.addons.ccis_base.models.ccis_lock_mixin import LOCK_BYPASS

_logger = logging.getLogger(__name__)

# what a retired definition's code becomes (its code passes to the computed one)
RETIRED_SUFFIX = '_RETIRE'
# the mark of a computed twin's name, useless once the typed twin is retired
COMPUTED_MARK = re.compile(r'\s*\((calculé|محسوب)\)\s*$')


class CcisIndicatorDefinition(models.Model):
    """Typed indicators replaced by computed ones ("counted, not typed"): the typed definition
    is retired (archived, with a dated note) and its lines, with their values, are carried over
    to the computed definition, so that one indicator per meaning remains and no typed value is
    lost. Used by the migrations and the installation hooks of the addons that bring the
    computed definitions (ccis_event, ccis_member_activity, ccis_governance_activity)."""

    _inherit = 'ccis.indicator.definition'

    def _ccis_retire(self, replacement_label):
        """Archive these definitions (their code gets a suffix: the computed definition that
        replaces them takes it), note why in their description and withdraw them from the
        activity types' proposals. Their lines and values stay where they are until carried
        over (_ccis_carry_over)."""
        today = fields.Date.context_today(self)
        for definition in self.with_context(active_test=False):
            if not definition.active:
                continue
            note = _('Retired on %s: replaced by computed indicator %s; its entered values are carried over '
                     "into the latter's history.") % (today, replacement_label)
            description = '\n\n'.join(part for part in (definition.description, note) if part)
            code = definition.code
            if code and not code.endswith(RETIRED_SUFFIX):
                code += RETIRED_SUFFIX
            definition.write({'active': False, 'code': code, 'description': description})
        self.env['ccis.activity.type.indicator'].search(
            [('definition_id', 'in', self.ids)]).unlink()
        return True

    def _ccis_adopt(self, retired=None):
        """Once its typed twin is retired: drop the "(calculé)" mark from the name of this
        computed definition, in every language, and give it the code of ``retired`` (the typed
        definition it replaces one for one) when that code is free."""
        self.ensure_one()
        code = retired.code if retired else None
        if code and code.endswith(RETIRED_SUFFIX):
            code = code[:-len(RETIRED_SUFFIX)]
        if code and not self.with_context(active_test=False).search_count(
                [('code', '=', code), ('id', '!=', self.id)]):
            self.code = code
        name = self.with_context(lang=None).name
        if name and COMPUTED_MARK.search(name):
            self.with_context(lang=None).name = COMPUTED_MARK.sub('', name)
        self.env.cr.execute("""
            UPDATE ir_translation SET value = regexp_replace(value, %s, '')
             WHERE name = 'ccis.indicator.definition,name' AND res_id = %s AND type = 'model'
               AND value ~ %s""", (COMPUTED_MARK.pattern, self.id, COMPUTED_MARK.pattern))
        self.invalidate_cache(['name'], self.ids)
        return True

    def _ccis_carry_over(self, replacement):
        """Carry the indicator lines of these (retired) definitions over to ``replacement``.

        Where the same action (or, for a line of an axis, the same programme, axis and unit)
        already follows ``replacement``, the values move to that line, converted to its measure
        (a typed average becomes a rate's numerator and denominator), with a comment saying
        where they come from; the values the engine computed for the periods that receive a
        typed value give way, unless validated (the typed value is that period's figure); the
        emptied line is deleted. Otherwise the line itself now follows ``replacement``, its
        values converted likewise.
        Returns {'lines': lines carried, 'values': values carried}."""
        Line = self.env['ccis.indicator.line'].with_context(
            active_test=False, mail_notrack=True, tracking_disable=True)
        counts = {'lines': 0, 'values': 0}
        taken_computed = _('Computed value taken over from indicator "%s".')
        taken_entered = _('Entered value taken over from indicator "%s".')
        for line in Line.search([('definition_id', 'in', self.ids)], order='id'):
            typed = line.definition_id
            twin = Line.search(replacement._ccis_twin_domain(line), limit=1)
            counts['lines'] += 1
            counts['values'] += len(line.value_ids)
            if not twin:
                line.write({'definition_id': replacement.id})
                if replacement.measure != typed.measure:
                    for value in line.value_ids:
                        value.with_context(ccis_lock=LOCK_BYPASS).write(
                            replacement._ccis_converted_figure(typed, value))
                line.message_post(body=plaintext2html(_(
                    'Indicator "%s" (manual) replaced by computed indicator "%s": the %d entered values '
                    'remain the history of this line.')
                    % (typed.name, replacement.name, len(line.value_ids))),
                    subtype='mail.mt_note')
                continue
            moved = line.value_ids
            for value in moved:
                value.with_context(ccis_lock=LOCK_BYPASS).write(dict(
                    replacement._ccis_converted_figure(typed, value),
                    line_id=twin.id,
                    comment='\n'.join(part for part in (
                        (taken_computed if value.source == 'computed' else taken_entered)
                        % typed.name, value.comment) if part)))
            periods = moved.mapped('period_id')
            twin.value_ids.filtered(
                lambda v: v.source == 'computed' and v.state != 'validated'
                and v.period_id in periods).unlink()
            twin.message_post(body=plaintext2html(_(
                '%d entered values taken over from indicator '
                '"%s", replaced by this computed indicator.') % (len(moved), typed.name)), subtype='mail.mt_note')
            line.unlink()
        return counts

    def _ccis_converted_figure(self, typed, value):
        """{value, numerator, denominator} of a typed ``value`` of the definition ``typed``
        once it belongs to this definition: a typed average (weighted by its number of
        observations, 1 when unknown) becomes the numerator and denominator of a rate of the
        same value; otherwise the figure is kept."""
        self.ensure_one()
        if self.measure == 'ratio' and typed.measure != 'ratio':
            weight = value.denominator or 1.0
            return {'numerator': value.value * weight / (self.ratio_factor or 100.0),
                    'denominator': weight}
        return {'value': value.value, 'numerator': value.numerator,
                'denominator': value.denominator}

    def _ccis_twin_domain(self, line):
        """The domain of the line of this definition that follows the same thing as ``line``:
        on the same action, or, for a line of an axis, on the same programme, axis and unit."""
        self.ensure_one()
        domain = [('definition_id', '=', self.id), ('id', '!=', line.id)]
        if line.action_id:
            return domain + [('action_id', '=', line.action_id.id)]
        return domain + [('action_id', '=', False), ('programme_id', '=', line.programme_id.id),
                         ('axis_id', '=', line.axis_id.id), ('unit_id', '=', line.unit_id.id)]

    def _ccis_recompute_open_lines(self):
        """Measure again the lines of these computed definitions in the programmes being run
        (approved or in execution), e.g. after lines were carried over to them."""
        lines = self.env['ccis.indicator.line'].search([
            ('definition_id', 'in', self.ids),
            ('programme_id.state', 'in', ('approved', 'execution'))])
        lines.action_compute_values()
        return True

    # ------------------------------------------------ by xml ids (migrations, install hooks)

    @api.model
    def _ccis_retire_replaced(self, replaced):
        """Retire the definitions replaced by others: ``replaced`` is a list of (xml id of the
        old definition, xml id of the new one, label of the new one or None for its name). The
        old definitions not found, or already retired, are left alone."""
        for old_xmlid, new_xmlid, label in replaced:
            old = self.env.ref(old_xmlid, raise_if_not_found=False)
            if not old or not old.active:
                continue
            if not label:
                new = self.env.ref(new_xmlid)
                label = '« %s »' % COMPUTED_MARK.sub('', new.name)
            old._ccis_retire(label)
        return True

    @api.model
    def _ccis_carry_over_replaced(self, replaced, recompute=True):
        """Carry the lines of the retired definitions of ``replaced`` (see
        _ccis_retire_replaced) over to the new ones, which take the code of the definition they
        replace one for one and lose their "(calculé)" mark; with ``recompute``, measure again
        their lines of the programmes being run (not while the source models may be half
        loaded, e.g. in a migration of an addon they do not depend on). Returns {old xml id:
        {'lines': n, 'values': n}}."""
        pairs = []
        for old_xmlid, new_xmlid, _label in replaced:
            old = self.env.ref(old_xmlid, raise_if_not_found=False)
            new = self.env.ref(new_xmlid, raise_if_not_found=False)
            if old and new and not old.active:
                pairs.append((old_xmlid, old, new))
        results = {}
        for old_xmlid, old, new in pairs:
            results[old_xmlid] = old._ccis_carry_over(new)
            _logger.info("Indicator %s carried over to %s: %d lines, %d values", old.code,
                         new.code, results[old_xmlid]['lines'], results[old_xmlid]['values'])
        news = self.browse()
        for _old_xmlid, old, new in pairs:
            news |= new
        for new in news:
            olds = [old for _old_xmlid, old, other in pairs if other == new]
            new._ccis_adopt(olds[0] if len(olds) == 1 else None)
        if recompute:
            news.filtered('model_available')._ccis_recompute_open_lines()
        return results
