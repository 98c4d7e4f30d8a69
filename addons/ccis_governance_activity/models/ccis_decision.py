from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..tools import programme_dates


class CcisDecision(models.Model):
    """A decision or recommendation becomes an action of the programme and on the axis the user
    chooses (wizard ccis.decision.programme.wizard), dated within the programme's year."""

    _inherit = 'ccis.decision'

    def _default_programme(self):
        """The programme proposed for this decision's action: the one, not closed, of the year
        of its deadline, else of the current year."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        Programme = self.env['ccis.activity.programme']
        for date in (self.deadline, today):
            if date:
                programme = Programme.search(
                    [('year', '=', int(date[:4])), ('state', '!=', 'closed')], limit=1)
                if programme:
                    return programme
        return Programme

    @api.model
    def _default_axis(self):
        """The axis proposed: the governance axis of the default data (the user may choose
        any other), else the first one."""
        return self.env.ref('ccis_activity.ccis_activity_axis_gouvernance',
                            raise_if_not_found=False) \
            or self.env['ccis.activity.axis'].search([], limit=1)

    def _prepare_programme_action_vals(self):
        """The action's programme, axis, activity type and unit: those chosen in the wizard
        (context keys ccis_programme_id, ccis_axis_id, ccis_activity_type_id, ccis_unit_id),
        else the proposed ones; its dates within the programme's year."""
        vals = super(CcisDecision, self)._prepare_programme_action_vals()
        context = self.env.context
        programme = self.env['ccis.activity.programme'].browse(
            context.get('ccis_programme_id')) or self._default_programme()
        if not programme:
            raise UserError(_(
                'Decision "%s": no open action programme for the year of its due date or for the current '
                'year; create the programme or choose one.')
                % self.display_name)
        axis = self.env['ccis.activity.axis'].browse(context.get('ccis_axis_id')) \
            or self._default_axis()
        vals['date_start'], vals['date_end'] = programme_dates.within_year(
            vals['date_start'], vals['date_end'], programme.year)
        vals.update(programme_id=programme.id, axis_id=axis.id)
        if context.get('ccis_activity_type_id'):
            vals['type_id'] = context['ccis_activity_type_id']
        if context.get('ccis_unit_id'):
            vals['unit_id'] = context['ccis_unit_id']
        return vals

    @api.multi
    def action_open_programme_wizard(self):
        """Choose the programme (year), the axis and the activity type of the action."""
        self.ensure_one()
        if self.programme_action_ref:
            raise UserError(_('Decision "%s": a programme action has already been created.')
                            % self.display_name)
        return {
            'type': 'ir.actions.act_window',
            'name': _('Create a Programme Action'),
            'res_model': 'ccis.decision.programme.wizard',
            'view_mode': 'form',
            'target': 'new',
            'context': {'default_decision_id': self.id},
        }
