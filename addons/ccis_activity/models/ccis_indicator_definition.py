import datetime
import logging
import time

from dateutil.relativedelta import relativedelta

from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import DEFAULT_SERVER_DATE_FORMAT as DATE_FMT
from odoo.tools.safe_eval import safe_eval

_logger = logging.getLogger(__name__)

AGGREGATION_SELECTION = [
    ('sum', 'Somme'),
    ('average', 'Moyenne'),
    ('last', 'Dernière valeur'),
]
DIRECTION_SELECTION = [
    ('higher', 'Plus élevé = meilleur'),
    ('lower', 'Plus bas = meilleur'),
]


class CcisIndicatorDefinition(models.Model):
    """What an indicator measures and how its values are aggregated. A computed definition
    counts (or sums a field of) the records of any model, so that figures such as "members
    received" or "participants" are counted, not typed."""

    _name = 'ccis.indicator.definition'
    _description = "Définition d'indicateur"
    _order = 'sequence, name'

    sequence = fields.Integer(string='Séquence', default=10)
    name = fields.Char(string='Indicateur', required=True, translate=True)
    code = fields.Char(string='Code', index=True)
    description = fields.Text(string='Description', translate=True)
    uom = fields.Char(string='Unité de mesure', required=True, default='nombre', translate=True)
    aggregation = fields.Selection(
        AGGREGATION_SELECTION, string='Agrégation', required=True, default='sum',
        help="Comment les valeurs de plusieurs périodes se combinent : somme (nombre de "
             "formations), moyenne (taux de satisfaction) ou dernière valeur (stock, avancement).")
    direction = fields.Selection(
        DIRECTION_SELECTION, string='Sens', required=True, default='higher')
    source = fields.Selection(
        [('manual', 'Saisie manuelle'), ('computed', 'Calculé')],
        string='Source', required=True, default='manual')
    model_name = fields.Char(
        string='Modèle source',
        help="Nom technique du modèle dont les enregistrements sont comptés, "
             "p. ex. res.partner ou event.registration.")
    domain = fields.Char(
        string='Filtre', default='[]',
        help="Domaine Odoo appliqué aux enregistrements du modèle source, "
             "p. ex. [('is_company', '=', True)].")
    date_field = fields.Char(
        string='Champ date',
        help="Champ date ou date-heure du modèle source qui situe un enregistrement dans une "
             "période, p. ex. create_date.")
    measure = fields.Selection(
        [('count', 'Nombre'), ('sum', "Somme d'un champ")],
        string='Mesure', default='count')
    measure_field = fields.Char(string='Champ mesuré', help="Champ numérique additionné.")
    unit_field = fields.Char(
        string='Champ unité',
        help="Champ (vers hr.department) du modèle source : s'il est renseigné, seuls les "
             "enregistrements de l'unité de la ligne d'indicateur et de ses sous-unités comptent.")
    ccis_action_field = fields.Char(
        string='Champ action',
        help="Champ (vers ccis.activity.action) du modèle source : s'il est renseigné, "
             "l'indicateur d'une action ne compte que les enregistrements rattachés à cette "
             "action (p. ex. les événements qui la servent).")
    model_available = fields.Boolean(
        string='Modèle installé', compute='_compute_model_available')
    active = fields.Boolean(string='Actif', default=True)

    _sql_constraints = [
        ('code_unique', 'unique(code)', "Le code d'une définition d'indicateur doit être unique."),
    ]

    @api.depends('model_name')
    def _compute_model_available(self):
        for definition in self:
            definition.model_available = bool(
                definition.model_name and definition.model_name in self.env)

    @api.constrains('source', 'model_name', 'date_field', 'measure', 'measure_field', 'domain',
                    'unit_field', 'ccis_action_field')
    def _check_computed_definition(self):
        for definition in self.filtered(lambda d: d.source == 'computed'):
            if not definition.model_name or not definition.date_field:
                raise ValidationError(_(
                    "Indicateur « %s » : un indicateur calculé doit indiquer le modèle source "
                    "et le champ date.") % definition.name)
            if definition.measure == 'sum' and not definition.measure_field:
                raise ValidationError(_(
                    "Indicateur « %s » : le champ mesuré est obligatoire pour une somme.")
                    % definition.name)
            if definition.model_name not in self.env:
                # a definition may target a model of an addon installed later: accepted, and
                # skipped by the computation until the model exists
                continue
            model = self.env[definition.model_name]
            for attribute in ('date_field', 'measure_field', 'unit_field', 'ccis_action_field'):
                field_name = definition[attribute]
                if attribute == 'measure_field' and definition.measure != 'sum':
                    continue
                if field_name and field_name not in model._fields:
                    raise ValidationError(_(
                        "Indicateur « %s » : le champ « %s » n'existe pas dans le modèle %s.")
                        % (definition.name, field_name, definition.model_name))
            action_field = model._fields.get(definition.ccis_action_field or '')
            if action_field and (action_field.type != 'many2one'
                                 or action_field.comodel_name != 'ccis.activity.action'):
                raise ValidationError(_(
                    "Indicateur « %s » : le champ action « %s » du modèle %s doit pointer vers "
                    "une action (ccis.activity.action).")
                    % (definition.name, definition.ccis_action_field, definition.model_name))
            definition._eval_domain()

    def _eval_domain(self):
        self.ensure_one()
        context = {
            'uid': self.env.uid,
            'user': self.env.user,
            'time': time,
            'datetime': datetime,
            'relativedelta': relativedelta,
            'context_today': lambda: fields.Date.from_string(fields.Date.context_today(self)),
        }
        try:
            domain = safe_eval(self.domain or '[]', context)
        except Exception as error:
            raise ValidationError(_("Indicateur « %s » : le filtre %s est invalide (%s).")
                                  % (self.name, self.domain, error))
        if not isinstance(domain, (list, tuple)):
            raise ValidationError(_("Indicateur « %s » : le filtre doit être une liste.")
                                  % self.name)
        return list(domain)

    def _period_domain(self, date_from, date_to):
        """Domain selecting the source records dated within [date_from, date_to]."""
        self.ensure_one()
        model = self.env[self.model_name]
        field = model._fields[self.date_field]
        date_from = fields.Date.from_string(date_from)
        date_to = fields.Date.from_string(date_to)
        if field.type == 'datetime':
            return [
                (self.date_field, '>=', date_from.strftime(DATE_FMT) + ' 00:00:00'),
                (self.date_field, '<', (date_to + datetime.timedelta(days=1)).strftime(DATE_FMT)
                 + ' 00:00:00'),
            ]
        return [(self.date_field, '>=', fields.Date.to_string(date_from)),
                (self.date_field, '<=', fields.Date.to_string(date_to))]

    def compute_measure(self, date_from, date_to, unit=None, action=None):
        """The measure of a computed definition over [date_from, date_to]: the number of
        matching records, or the sum of the measured field; restricted to ``unit`` and its
        sub-units when the definition names a unit field. When the definition names an action
        field and ``action`` is given, only the records linked to that action count, whichever
        unit they belong to (the action already says which records count). Reads as
        superuser: a unit's figures count every record, whoever may read them."""
        self.ensure_one()
        if self.source != 'computed':
            raise UserError(_("Indicateur « %s » : il est saisi manuellement, pas calculé.")
                            % self.name)
        if not self.model_available:
            raise UserError(_("Indicateur « %s » : le modèle %s n'est pas installé.")
                            % (self.name, self.model_name))
        model = self.env[self.model_name].sudo().with_context(active_test=False)
        domain = self._eval_domain() + self._period_domain(date_from, date_to)
        if self.ccis_action_field and action:
            domain.append((self.ccis_action_field, '=', action.id))
        elif self.unit_field and unit:
            domain.append((self.unit_field, 'child_of', unit.id))
        if 'active' in model._fields and not any(
                isinstance(term, (list, tuple)) and term[0] == 'active' for term in domain):
            domain.append(('active', '=', True))
        if self.measure == 'sum':
            groups = model.read_group(domain, [self.measure_field], [])
            return float(groups[0][self.measure_field] or 0.0) if groups else 0.0
        return float(model.search_count(domain))

    @api.multi
    def name_get(self):
        return [(definition.id, '%s (%s)' % (definition.name, definition.uom))
                for definition in self]
