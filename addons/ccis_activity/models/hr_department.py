import datetime

from odoo import api, fields, models


class HrDepartment(models.Model):
    """The weekly activity summary of a unit, e-mailed to its manager and the direction."""

    _inherit = 'hr.department'

    ccis_activity_action_ids = fields.One2many(
        'ccis.activity.action', 'unit_id', string='Programme Actions')

    @api.multi
    def ccis_activity_weekly_summary(self):
        """What happened in the unit's actions during the last seven days and what comes in the
        next seven: used by the mail template (Jinja cannot call private methods)."""
        self.ensure_one()
        today = fields.Date.from_string(fields.Date.context_today(self))
        week_ago = fields.Date.to_string(today - datetime.timedelta(days=7))
        next_week = fields.Date.to_string(today + datetime.timedelta(days=7))
        today = fields.Date.to_string(today)
        Action = self.env['ccis.activity.action'].sudo()
        running = [('unit_id', '=', self.id),
                   ('programme_id.state', 'in', ('approved', 'execution'))]
        values = self.env['ccis.indicator.value'].sudo().search(
            [('unit_id', '=', self.id), ('create_date', '>=', week_ago + ' 00:00:00')])
        return {
            'date_from': week_ago,
            'date_to': today,
            'done': Action.search(running + [('state', '=', 'done'),
                                             ('date_done', '>=', week_ago)]),
            'in_progress': Action.search(running + [('state', '=', 'in_progress')]),
            'late': Action.search(running + [('is_late', '=', True)]),
            'upcoming': Action.search(running + [('state', 'in', ('draft', 'planned')),
                                                 ('date_start', '<=', next_week)]),
            'values': values,
        }

    @api.multi
    def _ccis_activity_summary_recipients(self):
        self.ensure_one()
        partners = self.manager_id.user_id.partner_id
        direction = self.env.ref('ccis_base.group_ccis_direction', raise_if_not_found=False)
        if direction:
            partners |= direction.sudo().users.filtered(
                lambda user: user.active and user.id != 1).mapped('partner_id')
        return partners.filtered('email')

    @api.model
    def _cron_ccis_activity_weekly_summary(self):
        """Send the weekly summary of every unit that has actions in a running programme."""
        template = self.env.ref('ccis_activity.mail_template_ccis_activity_weekly_summary')
        groups = self.env['ccis.activity.action'].sudo().read_group(
            [('programme_id.state', 'in', ('approved', 'execution')),
             ('unit_id', '!=', False)], ['unit_id'], ['unit_id'])
        units = self.sudo().browse([group['unit_id'][0] for group in groups])
        mails = self.env['mail.mail']
        for unit in units:
            partners = unit._ccis_activity_summary_recipients()
            if not partners:
                continue
            mail_id = template.send_mail(
                unit.id, email_values={'recipient_ids': [(6, 0, partners.ids)]})
            mails |= self.env['mail.mail'].sudo().browse(mail_id)
        return mails
