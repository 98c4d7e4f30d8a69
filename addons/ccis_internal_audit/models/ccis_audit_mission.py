from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools.recommendation import FINAL

SEQUENCE_CODE = 'ccis.audit.mission'


class CcisAuditMission(models.Model):
    """An internal audit mission of the yearly plan, on one or more units of the chamber or
    on a process: numbered per year at creation, followed from planning to its report and
    closed once every recommendation it issued is verified or rejected."""
    _name = 'ccis.audit.mission'
    _inherit = ['mail.thread', 'mail.activity.mixin']
    _description = "Mission d'audit interne"
    _order = 'date_planned_start desc, name desc, id desc'
    _rec_name = 'title'

    name = fields.Char('Numéro', readonly=True, copy=False, index=True)
    title = fields.Char('Intitulé', required=True, track_visibility='onchange')
    plan_id = fields.Many2one(
        'ccis.audit.plan', "Plan d'audit", required=True, index=True, ondelete='restrict',
        track_visibility='onchange', domain="[('state', '!=', 'closed')]")
    year = fields.Integer('Année', related='plan_id.year', store=True, index=True,
                          readonly=True)
    kind_id = fields.Many2one('ccis.audit.mission.kind', 'Type de mission', required=True,
                              index=True, ondelete='restrict', track_visibility='onchange')
    unit_ids = fields.Many2many(
        'hr.department', 'ccis_audit_mission_unit_rel', 'mission_id', 'unit_id',
        'Unités auditées', track_visibility='onchange',
        help="Unités (départements, services, annexes) sur lesquelles porte la mission ; "
             "leur personnel voit la mission et suit ses recommandations.")
    process = fields.Char('Processus audité',
                          help="Processus transverse audité (achats, recouvrement des "
                               "cotisations, délivrance des certificats d'origine...).")
    auditor_ids = fields.Many2many(
        'res.users', 'ccis_audit_mission_auditor_rel', 'mission_id', 'user_id', 'Auditeurs',
        domain=lambda self: [('groups_id', 'in', self.env.ref('ccis_base.group_ccis_audit').id)])
    lead_auditor_id = fields.Many2one('res.users', "Chef de mission", index=True,
                                      track_visibility='onchange')
    date_planned_start = fields.Date('Début prévu', required=True, index=True,
                                     track_visibility='onchange')
    date_planned_end = fields.Date('Fin prévue', required=True, track_visibility='onchange')
    date_start = fields.Date('Début effectif', copy=False, track_visibility='onchange')
    date_report = fields.Date('Date du rapport', copy=False, index=True,
                              track_visibility='onchange')
    date_closed = fields.Date('Date de clôture', copy=False, readonly=True)
    state = fields.Selection([
        ('planned', 'Planifiée'),
        ('in_progress', 'En cours'),
        ('report', 'Rapport émis'),
        ('closed', 'Clôturée'),
    ], 'État', default='planned', required=True, index=True, copy=False,
        track_visibility='onchange', group_expand='_group_expand_states')
    scope = fields.Text('Périmètre')
    objectives = fields.Text('Objectifs')
    conclusion = fields.Text('Conclusion générale')
    finding_ids = fields.One2many('ccis.audit.finding', 'mission_id', 'Constats')
    recommendation_ids = fields.One2many('ccis.audit.recommendation', 'mission_id',
                                         'Recommandations')
    finding_count = fields.Integer('Nombre de constats', compute='_compute_counts')
    recommendation_count = fields.Integer('Nombre de recommandations',
                                          compute='_compute_counts')
    recommendation_done_count = fields.Integer('Recommandations mises en œuvre',
                                               compute='_compute_counts')
    color = fields.Integer('Couleur')

    _sql_constraints = [
        ('name_unique', 'unique(name)', "Le numéro d'une mission d'audit doit être unique."),
    ]

    @api.depends('finding_ids', 'recommendation_ids.state')
    def _compute_counts(self):
        for mission in self:
            mission.finding_count = len(mission.finding_ids)
            mission.recommendation_count = len(mission.recommendation_ids)
            mission.recommendation_done_count = len(mission.recommendation_ids.filtered(
                lambda r: r.state in ('implemented', 'verified')))

    @api.model
    def _group_expand_states(self, states, domain, order):
        return [key for key, _label in self._fields['state'].selection]

    @api.constrains('date_planned_start', 'date_planned_end', 'plan_id')
    def _check_dates(self):
        for mission in self:
            label = mission.display_name
            if mission.date_planned_end < mission.date_planned_start:
                raise ValidationError(_(
                    "Mission %s : la fin prévue (champ « Fin prévue ») ne peut précéder le "
                    "début prévu.") % label)
            if fields.Date.from_string(mission.date_planned_start).year != mission.plan_id.year:
                raise ValidationError(_(
                    "Mission %s : le début prévu (champ « Début prévu ») doit tomber dans "
                    "l'année du plan d'audit (%s).") % (label, mission.plan_id.year))

    @api.constrains('unit_ids', 'process')
    def _check_object(self):
        for mission in self:
            if not mission.unit_ids and not mission.process:
                raise ValidationError(_(
                    "Mission %s : indiquez les unités auditées (champ « Unités auditées ») ou "
                    "le processus audité (champ « Processus audité »).") % mission.display_name)

    @api.multi
    def name_get(self):
        return [(mission.id, ' – '.join(filter(None, [mission.name, mission.title])))
                for mission in self]

    @api.model
    def name_search(self, name='', args=None, operator='ilike', limit=100):
        if name:
            args = ['|', ('name', operator, name), ('title', operator, name)] + (args or [])
            return self.search(args, limit=limit).name_get()
        return super(CcisAuditMission, self).name_search(name, args, operator, limit)

    @api.model
    def create(self, vals):
        plan = self.env['ccis.audit.plan'].browse(vals.get('plan_id'))
        if plan.state == 'closed':
            raise UserError(_("Plan d'audit « %s » : il est clôturé ; on n'y ajoute plus de "
                              "mission (champ « Plan d'audit »).") % plan.name)
        if plan and not vals.get('name'):
            # the sequences are admin-only: the right to create the mission is the ORM's
            vals['name'] = self.env['ir.sequence'].sudo().with_context(
                ir_sequence_date='%s-01-01' % plan.year).next_by_code(SEQUENCE_CODE)
        return super(CcisAuditMission, self).create(vals)

    @api.multi
    def unlink(self):
        # the user's right first: a refusal says so, not a business rule
        self.check_access_rights('unlink')
        self.check_access_rule('unlink')
        for mission in self:
            if mission.state != 'planned' or mission.finding_ids:
                raise UserError(_(
                    "Mission %s : seule une mission planifiée sans constat peut être "
                    "supprimée.") % mission.display_name)
        return super(CcisAuditMission, self).unlink()

    # actions

    @api.multi
    def action_start(self):
        for mission in self:
            if mission.state != 'planned':
                raise UserError(_("Mission %s : seule une mission planifiée peut démarrer.")
                                % mission.display_name)
            if mission.plan_id.state != 'approved':
                raise UserError(_("Mission %s : le plan d'audit « %s » doit être approuvé par "
                                  "la direction avant le démarrage de ses missions.")
                                % (mission.display_name, mission.plan_id.name))
        today = fields.Date.context_today(self)
        for mission in self:
            mission.write({'state': 'in_progress', 'date_start': mission.date_start or today})
        return True

    @api.multi
    def action_issue_report(self):
        """Issue the report: the mission's recommendations are issued on the report's date
        and their owners are told (they follow them)."""
        for mission in self:
            if mission.state != 'in_progress':
                raise UserError(_("Mission %s : seule une mission en cours peut émettre son "
                                  "rapport.") % mission.display_name)
            missing = []
            if not mission.finding_ids:
                missing.append(_('Constats'))
            if not mission.conclusion:
                missing.append(_('Conclusion générale'))
            if missing:
                raise UserError(_("Mission %s : à renseigner avant l'émission du rapport : "
                                  "%s.") % (mission.display_name, ', '.join(missing)))
        today = fields.Date.context_today(self)
        for mission in self:
            date_report = mission.date_report or today
            mission.write({'state': 'report', 'date_report': date_report})
            recommendations = mission.recommendation_ids.filtered(lambda r: not r.date_issued)
            recommendations.write({'date_issued': date_report})
            for recommendation in recommendations.filtered('user_id'):
                recommendation.message_subscribe_users(user_ids=recommendation.user_id.ids)
        return True

    @api.multi
    def action_close(self):
        for mission in self:
            if mission.state != 'report':
                raise UserError(_("Mission %s : seule une mission dont le rapport est émis "
                                  "peut être clôturée.") % mission.display_name)
            pending = mission.recommendation_ids.filtered(lambda r: r.state not in FINAL)
            if pending:
                raise UserError(_(
                    "Mission %s : %s recommandation(s) ne sont ni vérifiées ni rejetées ; "
                    "la mission se clôture une fois toutes ses recommandations soldées.")
                    % (mission.display_name, len(pending)))
        self.write({'state': 'closed', 'date_closed': fields.Date.context_today(self)})
        return True

    @api.multi
    def action_view_recommendations(self):
        self.ensure_one()
        action = self.env.ref('ccis_internal_audit.ccis_audit_recommendation_action').read()[0]
        action['domain'] = [('mission_id', '=', self.id)]
        action['context'] = {'default_mission_id': self.id}
        return action
