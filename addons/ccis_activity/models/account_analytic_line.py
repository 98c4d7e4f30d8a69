from odoo import _, api, models
from odoo.exceptions import ValidationError

# fields of an analytic line that change what an action has spent
EXPENSE_FIELDS = {'amount', 'date', 'account_id', 'tag_ids'}


class AccountAnalyticLine(models.Model):
    """Analytic lines booked to an action of the programme: on the action's own account, or
    on its unit's account with the action's analytic tag. The actions' realised budget follows
    their lines as they are created, changed or deleted."""

    _inherit = 'account.analytic.line'

    @api.constrains('tag_ids', 'account_id')
    def _check_ccis_action_tag(self):
        # as superuser: the accountant who books the line may not see the programme
        Action = self.env['ccis.activity.action'].sudo()
        for line in self.sudo().filtered('tag_ids'):
            actions = Action.search([('analytic_tag_id', 'in', line.tag_ids.ids)])
            if len(actions) > 1:
                raise ValidationError(_(
                    'Analytic line "%s": it carries the tags of several actions (%s); an expense is charged '
                    'to a single action.')
                    % (line.name, ', '.join(actions.mapped('name'))))
            if actions and line.account_id not in (
                    actions.unit_id.analytic_account_id | actions.analytic_account_id):
                raise ValidationError(_(
                    'Analytic line "%s": the tag of action "%s" is only valid on the analytic account of its '
                    'unit "%s"%s, not on "%s".')
                    % (line.name, actions.name, actions.unit_id.name,
                       actions.analytic_account_id and _(' or on its own account "%s"')
                       % actions.analytic_account_id.display_name or '',
                       line.account_id.display_name))

    def _ccis_actions(self):
        """The actions these lines may be booked to (by their own account or their tag)."""
        Action = self.env['ccis.activity.action'].sudo()
        if not self:
            return Action
        lines = self.sudo()
        return Action.search(['|', ('analytic_account_id', 'in', lines.mapped('account_id').ids),
                              ('analytic_tag_id', 'in', lines.mapped('tag_ids').ids)])

    @api.model
    def create(self, vals):
        line = super(AccountAnalyticLine, self).create(vals)
        line._ccis_actions()._refresh_budget_actual()
        return line

    @api.multi
    def write(self, vals):
        if not EXPENSE_FIELDS & set(vals):
            return super(AccountAnalyticLine, self).write(vals)
        actions = self._ccis_actions()
        res = super(AccountAnalyticLine, self).write(vals)
        (actions | self._ccis_actions())._refresh_budget_actual()
        return res

    @api.multi
    def unlink(self):
        actions = self._ccis_actions()
        res = super(AccountAnalyticLine, self).unlink()
        actions._refresh_budget_actual()
        return res
