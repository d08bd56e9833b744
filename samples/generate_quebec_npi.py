#!/usr/bin/env python3
"""Generate the bundled sample workspace ``samples/quebec-npi/``.

The regions, the NPI organizations of the CHSSN network, the CISSS/CIUSSS and the eight NPI stages are
real (seed 000: Pocock, "The Partnership Approach", CHSSN 2022). The other partners, every tie, its year,
kind, strength and stage are illustrative: drawn from a fixed-seed random model in the shape of regional
partnership surveys, with five gaps planted on purpose for the analyses to find (see ``PLANTED`` and
``samples/README.md``).

Python 3 standard library only. Deterministic: running it twice writes byte-identical files.

    python3 samples/generate_quebec_npi.py            # writes samples/quebec-npi/*.csv and expected.json
    python3 samples/generate_quebec_npi.py --check    # regenerates in memory, fails if the files differ
"""

import csv
import io
import json
import os
import random
import sys
from collections import defaultdict

SEED = 20220201  # the date of the seed talk
YEARS = [2019, 2020, 2021, 2022]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "quebec-npi")

SECTORS = {
    "H": "health", "S": "social services", "C": "community", "E": "education", "M": "municipal",
    "W": "employment", "O": "housing", "J": "justice", "R": "research", "P": "philanthropy",
}
LANGUAGES = {"e": "English", "f": "French", "b": "bilingual"}
KINDS = ["referral", "information", "joint-project", "shared-resources", "planning"]
# The eight stages of NPI partnership development (seed 000), as written in links.csv.
STAGES = ["engaging-community", "developing-strategy", "knowledge-sharing", "partnership-planning",
          "joint-action", "accountability", "integration", "partnership-expansion"]

# ---------------------------------------------------------------------------------------------------
# Organizations. One line each: id suffix | sector | role | type | language | name | since | until
# role: n = NPI organization (or the region's illustrative counterpart), c = CISSS/CIUSSS or the
# region's health and social-services institution, p = provincial body, . = regional partner.
# ---------------------------------------------------------------------------------------------------
REGIONS = [
    ("bsl", "Bas-Saint-Laurent", """
cisss     |H|c|CISSS|f|CISSS du Bas-Saint-Laurent||
hlsl      |C|n|NPI organization|e|Heritage Lower Saint Lawrence||
gmf       |H|.|family medicine group|f|GMF-U de Rimouski||
cps       |S|.|crisis centre|f|Centre de prévention du suicide et d'intervention de crise du Bas-Saint-Laurent||
mf        |S|.|family centre|f|Maison de la famille de La Mitis||
moisson   |C|.|food bank|f|Moisson Rimouski-Neigette|2020|
cdc       |C|.|community development corporation|f|Corporation de développement communautaire Rimouski-Neigette||
metis     |E|.|school|e|Metis Beach School||
css       |E|.|school service centre|f|Centre de services scolaire des Phares||
cegep     |E|.|CEGEP|f|Cégep de Rimouski||
rimouski  |M|.|municipality|f|Ville de Rimouski||
mrc       |M|.|MRC|f|MRC de La Mitis||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi Rimouski-Neigette||
omh       |O|.|housing office|f|Office municipal d'habitation de Rimouski-Neigette||
justice   |J|.|legal information centre|f|Centre de justice de proximité du Bas-Saint-Laurent||
uqar      |R|.|university|f|Université du Québec à Rimouski (UQAR)||
fondation |P|.|foundation|f|Fondation de la santé de Rimouski||
"""),
    ("sag", "Saguenay–Lac-Saint-Jean", """
ciusss    |H|c|CIUSSS|f|CIUSSS du Saguenay–Lac-Saint-Jean||
ecoslsj   |C|n|NPI organization|e|English Community Organization of Saguenay – Lac-Saint-Jean||
gmf       |H|.|family medicine group|f|GMF-U de Chicoutimi||
cps       |S|.|crisis centre|f|Centre de prévention du suicide 02||
mf        |S|.|family centre|f|Maison de la famille de Chicoutimi||2019
moisson   |C|.|food bank|f|Moisson Saguenay–Lac-Saint-Jean||
cab       |C|.|volunteer centre|f|Centre d'action bénévole de Chicoutimi||
css       |E|.|school service centre|f|Centre de services scolaire des Rives-du-Saguenay||
cegep     |E|.|CEGEP|f|Cégep de Jonquière||
saguenay  |M|.|municipality|f|Ville de Saguenay||
mrc       |M|.|MRC|f|MRC du Domaine-du-Roy||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi Saguenay||
omh       |O|.|housing office|f|Office municipal d'habitation de Saguenay||
cavac     |J|.|victim assistance|f|CAVAC du Saguenay–Lac-Saint-Jean||
uqac      |R|.|university|f|Université du Québec à Chicoutimi (UQAC)||
ecobes    |R|.|research centre|f|ÉCOBES – Recherche et transfert|2021|
centraide |P|.|foundation|f|Centraide Saguenay–Lac-Saint-Jean||
"""),
    ("cap", "Capitale-Nationale", """
ciusss    |H|c|CIUSSS|b|CIUSSS de la Capitale-Nationale||
jhcp      |C|n|NPI organization|e|Jeffery Hale Community Partners||
chssn     |C|p|provincial network|e|Community Health and Social Services Network (CHSSN)||
msss      |H|p|ministry|f|Ministère de la Santé et des Services sociaux (MSSS)||
inspq     |R|p|public health institute|b|Institut national de santé publique du Québec (INSPQ)||
shq       |O|p|provincial housing agency|f|Société d'habitation du Québec (SHQ)||
centraide |P|p|foundation|f|Centraide Québec, Chaudière-Appalaches et Bas-Saint-Laurent||
veq       |C|.|community organization|e|Voice of English-speaking Québec (VEQ)||
crise     |S|.|crisis centre|f|Centre de crise de Québec||
cqsb      |E|.|English school board|e|Central Québec School Board||
css       |E|.|school service centre|f|Centre de services scolaire de la Capitale||
champlain |E|.|CEGEP|e|Champlain Regional College – St. Lawrence||
quebec    |M|.|municipality|f|Ville de Québec||
omh       |O|.|housing office|f|Office municipal d'habitation de Québec||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi Capitale-Nationale||
spvq      |J|.|police service|f|Service de police de la Ville de Québec||
vitam     |R|.|research centre|f|VITAM – Centre de recherche en santé durable||
moisson   |C|.|food bank|f|Moisson Québec|2022|
"""),
    ("mcq", "Mauricie et Centre-du-Québec", """
ciusss    |H|c|CIUSSS|f|CIUSSS de la Mauricie-et-du-Centre-du-Québec||
case      |C|n|NPI organization|e|Centre for Access to Services in English (CASE)||
gmf       |H|.|family medicine group|f|GMF-U de Trois-Rivières||
cps       |S|.|crisis centre|f|Centre de prévention du suicide Accalmie||
mf        |S|.|family centre|f|Maison de la famille Drummond|2020|
cab       |C|.|volunteer centre|f|Centre d'action bénévole Laviolette||2021
moisson   |C|.|food bank|f|Moisson Mauricie/Centre-du-Québec||
tra       |E|.|school|e|Three Rivers Academy||
css       |E|.|school service centre|f|Centre de services scolaire du Chemin-du-Roy||
cegep     |E|.|CEGEP|f|Cégep de Trois-Rivières||
tr        |M|.|municipality|f|Ville de Trois-Rivières||
drummond  |M|.|municipality|f|Ville de Drummondville||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi de Trois-Rivières/MRC des Chenaux||
omh       |O|.|housing office|f|Office municipal d'habitation de Trois-Rivières||
cavac     |J|.|victim assistance|f|CAVAC de la Mauricie||
uqtr      |R|.|university|f|Université du Québec à Trois-Rivières (UQTR)||
centraide |P|.|foundation|f|Centraide Mauricie||
"""),
    ("est", "Estrie", """
ciusss    |H|c|CIUSSS|b|CIUSSS de l'Estrie – CHUS||
ta        |C|n|NPI organization|e|Townshippers' Association||
clinique  |H|.|clinic|f|Clinique communautaire de santé de Magog||
jevi      |S|.|crisis centre|f|JEVI Centre de prévention du suicide – Estrie||
ldwc      |C|.|community organization|e|Lennoxville & District Women's Centre|2022|
moisson   |C|.|food bank|f|Moisson Estrie||
etsb      |E|.|English school board|e|Eastern Townships School Board||
css       |E|.|school service centre|f|Centre de services scolaire de la Région-de-Sherbrooke||
champlain |E|.|CEGEP|e|Champlain Regional College – Lennoxville||
sherbrooke|M|.|municipality|f|Ville de Sherbrooke||
mrc       |M|.|MRC|f|MRC de Memphrémagog||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi de Sherbrooke||
omh       |O|.|housing office|f|Office municipal d'habitation de Sherbrooke||
justice   |J|.|legal information centre|f|Centre de justice de proximité de l'Estrie||
bishops   |R|.|university|e|Bishop's University||
cdrv      |R|.|research centre|f|Centre de recherche sur le vieillissement (CdRV)|2021|
centraide |P|.|foundation|f|Centraide Estrie||
"""),
    ("mtl", "Montréal", """
ciusss-co |H|c|CIUSSS|b|CIUSSS du Centre-Ouest-de-l'Île-de-Montréal||
ciusss-cs |H|c|CIUSSS|f|CIUSSS du Centre-Sud-de-l'Île-de-Montréal||
ciusss-est|H|c|CIUSSS|f|CIUSSS de l'Est-de-l'Île-de-Montréal||
ciusss-nord|H|c|CIUSSS|f|CIUSSS du Nord-de-l'Île-de-Montréal||
ciusss-ouest|H|c|CIUSSS|b|CIUSSS de l'Ouest-de-l'Île-de-Montréal||
ccs       |C|n|NPI organization|e|Collective Community Services (CCS)||
acdpn     |C|n|NPI organization|e|African Canadian Development & Prevention Network (ACDPN)||
reisa     |C|n|NPI organization|e|East Island Network for English-language Services (REISA)||
ndgscc    |C|n|NPI organization|e|NDG Senior Citizens' Council (NDGSCC)||
qcgn      |C|p|provincial network|e|Quebec Community Groups Network (QCGN)||
centraide |P|p|foundation|f|Centraide du Grand Montréal||
chagnon   |P|p|foundation|f|Fondation Lucie et André Chagnon||
mcgill    |R|p|university research project|e|McGill Training and Retention of Health Professionals Project||
educaloi  |J|p|legal information|b|Éducaloi|2021|
curateur  |J|p|public body|f|Curateur public du Québec||
batshaw   |S|.|youth and family services|e|Batshaw Youth and Family Centres||
emsb      |E|.|English school board|e|English Montreal School Board||
lbpsb     |E|.|English school board|e|Lester B. Pearson School Board||
dawson    |E|.|CEGEP|e|Dawson College||
ville     |M|.|municipality|f|Ville de Montréal||
omhm      |O|.|housing office|f|Office municipal d'habitation de Montréal||
moisson   |C|.|food bank|f|Moisson Montréal|2022|
douglas   |R|.|research centre|b|Centre de recherche Douglas|2021|
cje       |W|.|employment service|b|Carrefour jeunesse-emploi Notre-Dame-de-Grâce||
spvm      |J|.|police service|f|Service de police de la Ville de Montréal||
"""),
    ("out", "Outaouais", """
cisss     |H|c|CISSS|b|CISSS de l'Outaouais||
connexions|C|n|NPI organization|e|Connexions Resource Centre||
gmf       |H|.|family medicine group|f|GMF-U de Gatineau||
cipto     |S|.|addiction services|f|Centre d'intervention et de prévention en toxicomanie de l'Outaouais (CIPTO)||
moisson   |C|.|food bank|f|Moisson Outaouais|2022|
cab       |C|.|volunteer centre|f|Centre d'action bénévole de Hull||
wqsb      |E|.|English school board|e|Western Québec School Board||
css       |E|.|school service centre|f|Centre de services scolaire des Portages-de-l'Outaouais||
heritage  |E|.|CEGEP|e|Heritage College||
gatineau  |M|.|municipality|f|Ville de Gatineau||
mrc       |M|.|MRC|b|MRC de Pontiac||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi de l'Outaouais||
omh       |O|.|housing office|f|Office d'habitation de l'Outaouais||
cavac     |J|.|victim assistance|f|CAVAC de l'Outaouais||
uqo       |R|.|university|f|Université du Québec en Outaouais (UQO)||
centraide |P|.|foundation|f|Centraide Outaouais||
"""),
    ("abt", "Abitibi-Témiscamingue", """
neighbours|C|n|NPI organization|e|Neighbours Regional Association||
cisss     |H|c|CISSS|f|CISSS de l'Abitibi-Témiscamingue||
gmf       |H|.|family medicine group|f|GMF-U de Rouyn-Noranda||
cps       |S|.|crisis centre|f|Centre de prévention du suicide de l'Abitibi-Témiscamingue||
mf        |S|.|family centre|f|Maison de la famille de Rouyn-Noranda||
noranda   |E|.|school|e|Noranda School||
css       |E|.|school service centre|f|Centre de services scolaire de Rouyn-Noranda||
cegep     |E|.|CEGEP|f|Cégep de l'Abitibi-Témiscamingue||
uqat      |R|.|university|f|Université du Québec en Abitibi-Témiscamingue (UQAT)||
rn        |M|.|municipality|f|Ville de Rouyn-Noranda||
mrc       |M|.|MRC|f|MRC de La Vallée-de-l'Or||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi Abitibi-Est||
sq        |J|.|police service|f|Sûreté du Québec – poste de la MRC de Rouyn-Noranda||
omh       |O|.|housing office|f|Office municipal d'habitation de Rouyn-Noranda||
centraide |P|.|foundation|f|Centraide Abitibi-Témiscamingue et Nord-du-Québec||
cab       |C|.|volunteer centre|f|Centre de bénévolat de la Vallée-de-l'Or||
ressourcerie|C|.|community organization|f|Ressourcerie Bernard-Hamel||
"""),
    ("cot", "Côte-Nord", """
cisss     |H|c|CISSS|f|CISSS de la Côte-Nord||
nsca      |C|n|NPI organization|e|North Shore Community Association (NSCA)||
coasters  |C|n|NPI organization|e|Coasters Association||
mf        |S|.|family centre|f|Maison des familles de Baie-Comeau||
comptoir  |C|.|food bank|f|Comptoir alimentaire de Sept-Îles||
littoral  |E|.|English school board|e|Littoral School Board||
css       |E|.|school service centre|f|Centre de services scolaire de l'Estuaire||
cegep     |E|.|CEGEP|f|Cégep de Baie-Comeau||
bc        |M|.|municipality|f|Ville de Baie-Comeau||
cngsl     |M|.|municipality|b|Municipalité de Côte-Nord-du-Golfe-du-Saint-Laurent||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi Manicouagan||
omh       |O|.|housing office|f|Office municipal d'habitation de Sept-Îles||
cavac     |J|.|victim assistance|f|CAVAC de la Côte-Nord||
observatoire|R|.|research centre|f|Observatoire social de la Côte-Nord||
centraide |P|.|foundation|f|Centraide Haute-Côte-Nord/Manicouagan||
"""),
    ("ndq", "Nord-du-Québec", """
crsss     |H|c|regional health centre|f|Centre régional de santé et de services sociaux de la Baie-James (CRSSS)||
network   |C|n|community network|e|Jamésie Community Network||
mf        |S|.|family centre|f|Maison de la famille de Chibougamau||
cab       |C|.|volunteer centre|f|Centre de bénévolat de Chibougamau||
maclean   |E|.|school|e|MacLean Memorial School||
css       |E|.|school service centre|f|Centre de services scolaire de la Baie-James||
chibougamau|M|.|municipality|f|Ville de Chibougamau||
greibj    |M|.|regional government|b|Gouvernement régional d'Eeyou Istchee Baie-James||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi de la Jamésie||
omh       |O|.|housing office|f|Office municipal d'habitation de Chibougamau||
sq        |J|.|police service|f|Sûreté du Québec – poste de Chibougamau||
observatoire|R|.|research centre|f|Observatoire régional de la Jamésie||
fondation |P|.|foundation|f|Fondation de l'Hôpital de Chibougamau||
"""),
    ("gas", "Gaspésie–Îles-de-la-Madeleine", """
cisss     |H|c|CISSS|f|CISSS de la Gaspésie||
casa      |C|n|NPI organization|e|Committee for Anglophone Social Action (CASA)||
vgpn      |C|n|NPI organization|e|Vision Gaspé-Percé Now (VGPN)||
mf        |S|.|family centre|f|Maison de la famille de la Haute-Gaspésie||
essb      |E|.|English school board|e|Eastern Shores School Board||
css       |E|.|school service centre|f|Centre de services scolaire René-Lévesque||
cegep     |E|.|CEGEP|f|Cégep de la Gaspésie et des Îles||
gaspe     |M|.|municipality|f|Ville de Gaspé||
mrc       |M|.|MRC|b|MRC de Bonaventure|2022|
cje       |W|.|employment service|f|Carrefour jeunesse-emploi de la Côte-de-Gaspé||
omh       |O|.|housing office|f|Office municipal d'habitation de Gaspé||
cavac     |J|.|victim assistance|f|CAVAC de la Gaspésie et des Îles||
ciradd    |R|.|research centre|f|Centre d'initiation à la recherche et d'aide au développement durable (CIRADD)||
centraide |P|.|foundation|f|Centraide Gaspésie–Îles-de-la-Madeleine||
cami      |C|n|NPI organization|e|Council for Anglophone Magdalen Islanders (CAMI)||
cisss-iles|H|c|CISSS|f|CISSS des Îles||
iles      |M|.|municipality|f|Municipalité des Îles-de-la-Madeleine||
css-iles  |E|.|school service centre|f|Centre de services scolaire des Îles||
cab-iles  |C|.|volunteer centre|f|Centre d'action bénévole des Îles||
"""),
    ("cha", "Chaudière-Appalaches", """
cisss     |H|c|CISSS|f|CISSS de Chaudière-Appalaches||
mcdc      |C|n|NPI organization|e|Megantic English-speaking Community Development Corp. (MCDC)||
gmf       |H|.|family medicine group|f|GMF de la région de Thetford||
mf        |S|.|family centre|f|Maison de la famille Chutes-Chaudière||
cab       |C|.|volunteer centre|f|Centre d'action bénévole de la région de Thetford||
moisson   |C|.|food bank|f|Moisson Beauce|2021|
tcab      |C|.|round table|f|Table de concertation des aînés de Bellechasse||
asj       |E|.|school|e|A.S. Johnson Memorial High School||
css       |E|.|school service centre|f|Centre de services scolaire des Appalaches||
cegep     |E|.|CEGEP|f|Cégep de Thetford||
levis     |M|.|municipality|f|Ville de Lévis||
mrc       |M|.|MRC|f|MRC des Appalaches||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi des Appalaches||
omh       |O|.|housing office|f|Office municipal d'habitation de Lévis||
justice   |J|.|legal information centre|f|Centre de justice de proximité de Chaudière-Appalaches||
crdr      |R|.|research centre|f|Centre de recherche en développement régional des Appalaches||
fondation |P|.|foundation|f|Fondation de la santé de la région de Thetford||
"""),
    ("lav", "Laval", """
cisss     |H|c|CISSS|b|CISSS de Laval||
agape     |C|n|NPI organization|e|AGAPE – The Youth & Parents AGAPE Association Inc.||
cps       |S|.|social paediatrics centre|f|Centre de pédiatrie sociale de Laval||
cdc       |C|.|community development corporation|f|Corporation de développement communautaire de Laval||
moisson   |C|.|food bank|f|Moisson Laval|2022|
swlsb     |E|.|English school board|e|Sir Wilfrid Laurier School Board||
css       |E|.|school service centre|f|Centre de services scolaire de Laval||
montmorency|E|.|CEGEP|f|Collège Montmorency||
ville     |M|.|municipality|f|Ville de Laval||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi de Laval||
omh       |O|.|housing office|f|Office municipal d'habitation de Laval||
spl       |J|.|police service|f|Service de police de Laval||
inrs      |R|.|research centre|f|INRS – Centre Armand-Frappier Santé Biotechnologie||
fondation |P|.|foundation|f|Fondation Cité de la Santé||
"""),
    ("lan", "Lanaudière", """
cisss     |H|c|CISSS|f|CISSS de Lanaudière||
ecol      |C|n|NPI organization|e|English Community Organization of Lanaudière (ECOL)||
gmf       |H|.|family medicine group|f|GMF-U du Nord de Lanaudière||
cps       |S|.|crisis centre|f|Centre de prévention du suicide de Lanaudière||
mf        |S|.|family centre|f|Maison de la famille de Joliette||
moisson   |C|.|food bank|f|Moisson Lanaudière||
cab       |C|.|volunteer centre|f|Centre d'action bénévole de Joliette||
tpds      |C|.|round table|f|Table des partenaires du développement social de Lanaudière|2022|
joliette  |M|.|municipality|f|Ville de Joliette||
mrc       |M|.|MRC|f|MRC de Matawinie||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi du comté de Joliette||
omh       |O|.|housing office|f|Office municipal d'habitation de Joliette||
cavac     |J|.|victim assistance|f|CAVAC de Lanaudière||
observatoire|R|.|research centre|f|Observatoire régional de santé de Lanaudière||
centraide |P|.|foundation|f|Centraide Lanaudière||
"""),
    ("lau", "Laurentides", """
cisss     |H|c|CISSS|f|CISSS des Laurentides||
4korners  |C|n|NPI organization|e|4 Korners Family Resource Center||
gmf       |H|.|family medicine group|f|GMF-U de Saint-Jérôme||
pal       |S|.|seniors' services|f|Prévoyance envers les aînés des Laurentides||
moisson   |C|.|food bank|f|Moisson Laurentides|2020|
cab       |C|.|volunteer centre|f|Centre d'action bénévole Saint-Jérôme||
lrhs      |E|.|school|e|Laurentian Regional High School||
css       |E|.|school service centre|f|Centre de services scolaire de la Rivière-du-Nord||
cegep     |E|.|CEGEP|f|Cégep de Saint-Jérôme||
sj        |M|.|municipality|f|Ville de Saint-Jérôme||
mrc       |M|.|MRC|f|MRC des Laurentides||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi Rivière-du-Nord||
omh       |O|.|housing office|f|Office municipal d'habitation de Saint-Jérôme||
coop      |O|.|housing cooperative|f|Coopérative d'habitation Les Pionniers de Sainte-Agathe|2021|
justice   |J|.|legal information centre|f|Centre de justice de proximité des Laurentides||
observatoire|R|.|research centre|f|Observatoire des Laurentides||
centraide |P|.|foundation|f|Centraide Gatineau-Labelle-Hautes-Laurentides||
"""),
    ("mon", "Montérégie", """
cisss-c   |H|c|CISSS|f|CISSS de la Montérégie-Centre||
cisss-e   |H|c|CISSS|f|CISSS de la Montérégie-Est||
cisss-o   |H|c|CISSS|b|CISSS de la Montérégie-Ouest||
mwcn      |C|n|NPI organization|e|Montérégie West Community Network (MWCN)||
arc       |C|n|NPI organization|e|Assistance and Referral Centre (ARC)||
mepec     |C|n|NPI organization|e|Monteregie East Partnership for the English-Speaking Community (MEPEC)||
mf        |S|.|family centre|f|Maison de la famille de Vaudreuil-Soulanges||
moisson   |C|.|food bank|f|Moisson Rive-Sud|2020|
cab       |C|.|volunteer centre|f|Centre d'action bénévole de Saint-Hyacinthe||2019
riverside |E|.|English school board|e|Riverside School Board||
nfsb      |E|.|English school board|e|New Frontiers School Board||
css       |E|.|school service centre|f|Centre de services scolaire Marie-Victorin||
champlain |E|.|CEGEP|e|Champlain College Saint-Lambert||
longueuil |M|.|municipality|f|Ville de Longueuil||
chateauguay|M|.|municipality|f|Ville de Châteauguay|2021|
mrc       |M|.|MRC|b|MRC de Brome-Missisquoi||
cje       |W|.|employment service|f|Carrefour jeunesse-emploi Châteauguay||
omh       |O|.|housing office|f|Office municipal d'habitation de Longueuil||
spal      |J|.|police service|f|Service de police de l'agglomération de Longueuil||
crclm     |R|.|research centre|f|Centre de recherche Charles-Le Moyne||
fondation |P|.|foundation|f|Fondation Hôpital Charles-LeMoyne||
"""),
    ("nun", "Nunavik", """
nrbhss    |H|c|regional health board|e|Nunavik Regional Board of Health and Social Services (NRBHSS)||
inuulitsivik|H|c|health centre|e|Inuulitsivik Health Centre||
tulattavik|H|c|health centre|e|Ungava Tulattavik Health Center||
network   |C|n|community network|e|Nunavik Community Partners Network||
qarmaapik |S|.|family centre|e|Qarmaapik Family House||
saturviit |C|.|community organization|e|Saturviit Inuit Women's Association of Nunavik||
ki        |E|.|school board|e|Kativik Ilisarniliriniq||
krg       |M|.|regional government|e|Kativik Regional Government||
kuujjuaq  |M|.|municipality|e|Northern Village of Kuujjuaq|2021|
employment|W|.|employment service|e|Kativik Regional Government – Sustainable Employment||
kmhb      |O|.|housing office|e|Kativik Municipal Housing Bureau||
kativik-police|J|.|police service|e|Kativik Regional Police Force||
nrc       |R|.|research centre|e|Nunavik Research Centre||
foundation|P|.|foundation|e|Nunavik Community Foundation||
"""),
    ("cri", "Terres-Cries-de-la-Baie-James", """
cbhssjb   |H|c|regional health board|e|Cree Board of Health and Social Services of James Bay||
partners  |C|n|community network|e|Eeyou Istchee Community Partners||
frc       |S|.|family centre|e|Mistissini Family Resource Centre||
cwei      |C|.|community organization|e|Cree Women of Eeyou Istchee Association||
csb       |E|.|school board|e|Cree School Board||
cng       |M|.|regional government|e|Cree Nation Government||
chisasibi |M|.|First Nation government|e|Cree Nation of Chisasibi|2022|
chrd      |W|.|employment service|e|Cree Human Resources Development||
housing   |O|.|housing department|e|Cree Nation of Mistissini Housing Department||
eepf      |J|.|police service|e|Eeyou Eenou Police Force||
research  |R|.|research centre|e|Eeyou Istchee Health Research Collaborative||
foundation|P|.|foundation|e|Eeyou Istchee Community Foundation||
"""),
]

# ---------------------------------------------------------------------------------------------------
# The planted gaps: chosen here, built by the tie model below, verified and described in expected.json.
# ---------------------------------------------------------------------------------------------------
NO_EDUCATION_REGION = "lan"                       # (a) no education organization at all
BROKER = "abt-neighbours"                         # (b) the only organization holding Abitibi together
BROKER_CLUSTERS = [                               #     sector silos that only meet through the broker
    ["abt-cisss", "abt-gmf", "abt-cps", "abt-omh"],
    ["abt-noranda", "abt-css", "abt-cegep", "abt-uqat"],
    ["abt-rn", "abt-mrc", "abt-cje", "abt-sq"],
    ["abt-mf", "abt-centraide", "abt-cab", "abt-ressourcerie"],
]
NEVER_TIED = ("lau", "health", "housing")         # (c) both sectors present, never tied, every year
ISOLATED = "cha-tcab"                             # (d) no tie in any year
BRIDGE = ("gas-cami", "gas-casa")                 # (e) the only tie between the Magdalen Islands and
ISLANDS = ["gas-cami", "gas-cisss-iles", "gas-iles", "gas-css-iles", "gas-cab-iles"]  # the Gaspé coast

# Ties between regions (and the provincial bodies' ties): (a, b, first year).
CROSS_TIES = [
    ("mtl-qcgn", "est-ta", 2019), ("mtl-qcgn", "out-connexions", 2019), ("mtl-qcgn", "mon-mwcn", 2019),
    ("mtl-qcgn", "lav-agape", 2019), ("mtl-qcgn", "gas-casa", 2019), ("mtl-qcgn", "cap-jhcp", 2019),
    ("mtl-qcgn", "cap-chssn", 2019), ("mtl-qcgn", "lau-4korners", 2021), ("mtl-qcgn", "bsl-hlsl", 2022),
    ("cap-inspq", "mtl-ciusss-cs", 2019), ("cap-inspq", "est-ciusss", 2019), ("cap-inspq", "mon-cisss-c", 2019),
    ("cap-inspq", "nun-nrbhss", 2019), ("cap-inspq", "cri-cbhssjb", 2019), ("cap-inspq", "sag-ciusss", 2020),
    ("cap-inspq", "sag-uqac", 2019), ("cap-inspq", "mtl-douglas", 2021), ("cap-inspq", "mtl-mcgill", 2019),
    ("cap-centraide", "bsl-cdc", 2019), ("cap-centraide", "bsl-moisson", 2020), ("cap-centraide", "cha-cab", 2019),
    ("cap-centraide", "cha-mcdc", 2019), ("cap-centraide", "cha-mf", 2019), ("cap-centraide", "cha-moisson", 2021),
    ("mtl-centraide", "lav-cdc", 2019), ("mtl-centraide", "lav-agape", 2019), ("mtl-centraide", "mon-arc", 2019),
    ("mtl-centraide", "mon-moisson", 2020), ("mtl-centraide", "mon-mf", 2019), ("mtl-centraide", "lav-moisson", 2022),
    ("mtl-chagnon", "sag-centraide", 2019), ("mtl-chagnon", "lan-centraide", 2019),
    ("mtl-chagnon", "nun-qarmaapik", 2019),
    ("mtl-chagnon", "cri-cwei", 2020), ("mtl-chagnon", "gas-centraide", 2021), ("mtl-chagnon", "out-centraide", 2022),
    ("mtl-educaloi", "mon-arc", 2021), ("mtl-educaloi", "lav-agape", 2021), ("mtl-educaloi", "est-ta", 2022),
    ("mtl-educaloi", "gas-casa", 2022),
    ("mtl-curateur", "lav-cisss", 2019), ("mtl-curateur", "mon-cisss-o", 2019),
    # Neighbouring NPI organizations.
    ("bsl-hlsl", "gas-casa", 2019), ("bsl-hlsl", "gas-vgpn", 2019), ("cot-nsca", "bsl-hlsl", 2019),
    ("est-ta", "cha-mcdc", 2019), ("est-ta", "mon-mepec", 2019), ("lau-4korners", "lan-ecol", 2019),
    ("lau-4korners", "lav-agape", 2019), ("lan-ecol", "lav-agape", 2020), ("out-connexions", "abt-neighbours", 2019),
    ("cap-jhcp", "cha-mcdc", 2019), ("cap-jhcp", "mcq-case", 2019), ("mcq-case", "est-ta", 2021),
    ("ndq-network", "abt-neighbours", 2019), ("cri-partners", "ndq-network", 2019),
    ("nun-network", "cri-partners", 2021),
    ("mtl-reisa", "lav-agape", 2019), ("mon-arc", "mtl-ccs", 2019), ("mon-mwcn", "mtl-acdpn", 2022),
    # English school boards and their schools in neighbouring regions.
    ("lav-swlsb", "lau-lrhs", 2019), ("cap-cqsb", "mcq-tra", 2019), ("cap-cqsb", "ndq-maclean", 2019),
    ("cap-cqsb", "cha-asj", 2019), ("gas-essb", "bsl-metis", 2019),
]
# The CHSSN ties every NPI organization; the ministry, the housing agency and McGill's training project
# tie institutions and housing offices across the province.
CHSSN_EXCEPT = {"gas-cami"}   # the Magdalen Islands reach the CHSSN through CASA (keeps the bridge a bridge)
MSSS_TIES = ["bsl-cisss", "sag-ciusss", "mcq-ciusss", "est-ciusss", "mtl-ciusss-co", "out-cisss", "cot-cisss",
             "ndq-crsss", "gas-cisss", "cha-cisss", "lav-cisss", "lan-cisss", "lau-cisss", "mon-cisss-c",
             "nun-nrbhss", "cri-cbhssjb"]
SHQ_TIES = ["bsl-omh", "sag-omh", "mcq-omh", "est-omh", "mtl-omhm", "out-omh", "cha-omh", "lav-omh", "mon-omh",
            "nun-kmhb", "lau-omh", "cot-omh"]
MCGILL_TIES = [("bsl-cisss", 2019), ("sag-ciusss", 2019), ("mcq-ciusss", 2019), ("cot-cisss", 2019),
               ("gas-cisss", 2019), ("cha-cisss", 2019), ("lan-cisss", 2020), ("lau-cisss", 2019),
               ("mon-cisss-e", 2019), ("out-cisss", 2021), ("est-ciusss", 2021), ("ndq-crsss", 2022)]

# Sector affinity: how likely two partners of these sectors are to work together (1 = average).
AFFINITY = {
    ("health", "social services"): 2.0, ("health", "research"): 1.6, ("health", "housing"): 1.2,
    ("social services", "community"): 2.0, ("community", "philanthropy"): 2.0, ("community", "housing"): 1.5,
    ("education", "employment"): 2.0, ("community", "employment"): 1.5, ("municipal", "housing"): 2.0,
    ("community", "municipal"): 1.5, ("justice", "social services"): 1.8, ("justice", "municipal"): 1.2,
    ("education", "research"): 1.8, ("housing", "social services"): 1.5, ("education", "social services"): 1.2,
    ("philanthropy", "social services"): 1.3, ("municipal", "employment"): 1.2,
}
NPI_AFFINITY = {"health": 0.85, "social services": 0.8, "community": 0.7, "education": 0.7}
INSTITUTION_AFFINITY = {"health": 0.8, "social services": 0.8, "housing": 0.6, "justice": 0.5,
                        "community": 0.5, "municipal": 0.5, "research": 0.5, "education": 0.4}
# The usual kinds of collaboration for a sector pair (the first is the most common).
KIND_BY_SECTOR = {
    "research": ["information", "joint-project"], "philanthropy": ["shared-resources", "planning"],
    "municipal": ["planning", "joint-project"], "employment": ["referral", "joint-project"],
    "housing": ["referral", "planning"], "justice": ["information", "referral"],
    "education": ["joint-project", "information"], "social services": ["referral", "information"],
    "health": ["referral", "information"], "community": ["information", "shared-resources"],
}


def load_organizations():
    orgs = []
    for code, region, table in REGIONS:
        for line in table.strip().splitlines():
            suffix, sector, role, kind, language, name, since, until = [f.strip() for f in line.split("|")]
            orgs.append({
                "id": f"{code}-{suffix}", "name": name, "sector": SECTORS[sector], "region": region,
                "type": kind, "since": int(since) if since else None, "until": int(until) if until else None,
                "language": LANGUAGES[language], "role": role, "code": code,
            })
    ids = [o["id"] for o in orgs]
    assert len(ids) == len(set(ids)), "duplicate organization id"
    return orgs


class Model:
    """The illustrative tie model: a base network for 2019, then three years of change."""

    def __init__(self, orgs, rng):
        self.orgs = orgs
        self.rng = rng
        self.by_id = {o["id"]: o for o in orgs}
        self.cluster_of = {m: i for i, c in enumerate(BROKER_CLUSTERS) for m in c}
        self.islands = set(ISLANDS)
        self.orientation = {}     # pair -> (source, target), fixed the first time a tie forms
        self.ties = {}            # year -> {pair: {"strength", "stage", "kinds"}}
        self.protected = {tuple(sorted(BRIDGE))}
        self.cross = self.cross_ties()

    # -- which ties may exist --------------------------------------------------------------------
    def active(self, oid, year):
        o = self.by_id[oid]
        return (o["since"] is None or year >= o["since"]) and (o["until"] is None or year <= o["until"])

    def allowed(self, a, b):
        oa, ob = self.by_id[a], self.by_id[b]
        if a == b or ISOLATED in (a, b):
            return False
        for x, y in ((a, b), (b, a)):
            ox, oy = self.by_id[x], self.by_id[y]
            if x in self.cluster_of:   # Abitibi silos meet only through the broker
                if y != BROKER and self.cluster_of.get(y) != self.cluster_of[x]:
                    return False
            if ox["code"] == "abt" and x != BROKER and oy["code"] != "abt":
                return False
            if x in self.islands and y not in self.islands and {x, y} != set(BRIDGE):
                return False
            if ox["code"] == NEVER_TIED[0] and (ox["sector"], oy["sector"]) in (NEVER_TIED[1:], NEVER_TIED[:0:-1]):
                return False
            if ox["code"] == NO_EDUCATION_REGION and oy["sector"] == "education":
                return False
        return True

    def cross_ties(self):
        ties = list(CROSS_TIES)
        ties += [("cap-chssn", o["id"], 2019) for o in self.orgs
                 if o["role"] == "n" and o["code"] != "cap" and o["id"] not in CHSSN_EXCEPT]
        ties += [("cap-msss", x, 2019) for x in MSSS_TIES]
        ties += [("cap-shq", x, 2019) for x in SHQ_TIES]
        ties += [("mtl-mcgill", x, y) for x, y in MCGILL_TIES]
        for a, b, _ in ties:
            assert a in self.by_id and b in self.by_id, (a, b)
            assert self.allowed(a, b), f"cross tie {a}–{b} breaks a planted gap"
        return {pair(a, b): (a, b, year) for a, b, year in ties}

    def base_probability(self, a, b):
        oa, ob = self.by_id[a], self.by_id[b]
        roles = {oa["role"], ob["role"]}
        if roles == {"n", "c"}:
            return 1.0
        if roles == {"n"}:
            return 0.9
        if roles == {"c"}:
            return 0.85
        if "p" in roles:
            other = ob if oa["role"] == "p" else oa
            return {"n": 0.9, "c": 0.6, "p": 0.3}.get(other["role"], 0.15)
        if "n" in roles:
            other = ob if oa["role"] == "n" else oa
            return 0.6 * NPI_AFFINITY.get(other["sector"], 0.6) / 0.7
        if "c" in roles:
            other = ob if oa["role"] == "c" else oa
            return 0.55 * INSTITUTION_AFFINITY.get(other["sector"], 0.3) / 0.6
        return 0.10 * self.affinity(oa["sector"], ob["sector"])

    @staticmethod
    def affinity(s, t):
        if s == t:
            return 1.5
        return AFFINITY.get((s, t), AFFINITY.get((t, s), 0.6))

    # -- tie attributes --------------------------------------------------------------------------
    def new_tie(self, a, b, year, history):
        """A tie forming in `year`; `history` is True for ties already running before the first survey."""
        rng = self.rng
        if pair(a, b) not in self.orientation:
            oa, ob = self.by_id[a], self.by_id[b]
            rank = {"n": 0, "c": 1, "p": 2, ".": 3}
            if rank[oa["role"]] != rank[ob["role"]]:
                src, dst = (a, b) if rank[oa["role"]] < rank[ob["role"]] else (b, a)
            else:
                src, dst = (a, b) if rng.random() < 0.5 else (b, a)
            self.orientation[pair(a, b)] = (src, dst)
        roles = {self.by_id[a]["role"], self.by_id[b]["role"]}
        if history:
            stage = rng.choice([6, 7, 7, 8]) if roles == {"n", "c"} else rng.choice([2, 3, 3, 4, 4, 5, 5, 6, 7])
        else:
            stage = rng.choice([1, 1, 2, 2, 3])
        strength = min(3, max(1, strength_for(stage) + rng.choice([-1, 0, 0, 0, 0, 1])))
        kinds = [self.primary_kind(a, b)]
        if rng.random() < (0.35 if stage >= 6 else 0.12):
            kinds.append(rng.choice([k for k in KINDS if k not in kinds]))
        return {"strength": strength, "stage": stage, "kinds": sorted(kinds, key=KINDS.index)}

    def primary_kind(self, a, b):
        oa, ob = self.by_id[a], self.by_id[b]
        roles = {oa["role"], ob["role"]}
        if roles == {"n", "c"}:
            return "planning"
        choices = KIND_BY_SECTOR[oa["sector"]] + KIND_BY_SECTOR[ob["sector"]]
        return self.rng.choice(choices)

    def grow(self, p, attrs, year):
        """One more year of an existing tie: it may move up a stage, get stronger, gain or drop a kind;
        in 2020 a few partnerships without an NPI organization were scaled back a level."""
        rng = self.rng
        t = {"strength": attrs["strength"], "stage": attrs["stage"], "kinds": list(attrs["kinds"])}
        npi = "n" in {self.by_id[p[0]]["role"], self.by_id[p[1]]["role"]}
        if year == 2020 and not npi and t["stage"] > 1 and rng.random() < 0.06:
            t["stage"] -= 1
            t["strength"] = max(1, t["strength"] - 1)
        else:
            if t["stage"] < 8 and rng.random() < (0.2 if year == 2020 else 0.3):
                t["stage"] += 1
            t["strength"] = max(t["strength"], min(3, strength_for(t["stage"])))
        if len(t["kinds"]) == 1 and rng.random() < 0.08:
            t["kinds"] = sorted(t["kinds"] + [rng.choice([k for k in KINDS if k not in t["kinds"]])],
                                key=KINDS.index)
        elif len(t["kinds"]) == 2 and rng.random() < 0.15:
            t["kinds"] = [t["kinds"][0]]
        return t

    # -- the years -------------------------------------------------------------------------------
    def candidate_pairs(self, year):
        """Allowed pairs of organizations active in `year`: same region, or a cross tie due by then."""
        by_region = defaultdict(list)
        for o in self.orgs:
            if self.active(o["id"], year):
                by_region[o["region"]].append(o["id"])
        pairs = []
        for members in by_region.values():
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    if self.allowed(a, b):
                        pairs.append(pair(a, b))
        return pairs

    def run(self):
        rng = self.rng
        first = YEARS[0]
        ties = {}
        for p in self.candidate_pairs(first):
            if rng.random() < self.base_probability(*p):
                ties[p] = self.new_tie(*p, first, history=True)
        self.add_cross(ties, first)
        self.repair(ties, first)
        self.ties[first] = ties
        lost_2020 = []
        for year in YEARS[1:]:
            prev = self.ties[year - 1]
            ties = {}
            for p, attrs in prev.items():
                if not (self.active(p[0], year) and self.active(p[1], year)):
                    continue
                if self.dissolves(p, attrs, year, prev):
                    if year == 2020:
                        lost_2020.append(p)
                    continue
                ties[p] = self.grow(p, attrs, year)
            if year == 2021:   # partners picked up half of what the pandemic interrupted
                for p in lost_2020:
                    if p in ties or p in prev or not (self.active(p[0], year) and self.active(p[1], year)):
                        continue
                    if rng.random() < 0.5:
                        ties[p] = self.new_tie(*p, year, history=False)
            self.form(ties, year)
            self.add_cross(ties, year)
            self.repair(ties, year)
            self.ties[year] = ties

    def dissolves(self, p, attrs, year, prev):
        if p in self.protected or (p in self.cross and year != 2020):
            return False
        roles = {self.by_id[p[0]]["role"], self.by_id[p[1]]["role"]}
        if year == 2020:
            if "n" in roles:   # "NPI partnerships remained stable and continued growing" (seed 000)
                return False
            rate = {1: 0.18, 2: 0.08, 3: 0.03}[attrs["strength"]]
        else:
            rate = {1: 0.04, 2: 0.02, 3: 0.01}[attrs["strength"]]
        if self.rng.random() >= rate:
            return False
        # Keep every organization tied inside its region.
        for x in p:
            if sum(1 for q in prev if x in q and self.same_region(*q)) <= 2:
                return False
        return True

    def form(self, ties, year):
        rng = self.rng
        newcomers = [o["id"] for o in self.orgs if o["since"] == year]
        for oid in newcomers:   # a newcomer meets its region's NPI organization, often its CISSS, a peer or two
            region = self.by_id[oid]["region"]
            peers = [o["id"] for o in self.orgs if o["region"] == region and o["id"] != oid
                     and self.active(o["id"], year) and self.allowed(oid, o["id"])]
            hubs = [x for x in peers if self.by_id[x]["role"] == "n"][:1]
            if rng.random() < 0.6:
                hubs += [x for x in peers if self.by_id[x]["role"] == "c"][:1]
            others = [x for x in peers if x not in hubs]
            weights = [self.affinity(self.by_id[oid]["sector"], self.by_id[x]["sector"]) for x in others]
            chosen = set(hubs)
            for _ in range(rng.choice([1, 1, 2])):
                chosen.add(rng.choices(others, weights)[0])
            for x in sorted(chosen):
                ties[pair(oid, x)] = self.new_tie(oid, x, year, history=False)
        rate = {2020: (0.10, 0.008), 2021: (0.14, 0.03), 2022: (0.14, 0.035)}[year]
        for p in self.candidate_pairs(year):
            if p in ties or p in self.ties[year - 1] or p[0] in newcomers or p[1] in newcomers:
                continue
            roles = {self.by_id[p[0]]["role"], self.by_id[p[1]]["role"]}
            if "n" in roles or "c" in roles:
                chance = rate[0] * self.base_probability(*p)
            else:
                chance = rate[1] * self.affinity(self.by_id[p[0]]["sector"], self.by_id[p[1]]["sector"])
            if rng.random() < chance:
                ties[p] = self.new_tie(*p, year, history=False)

    def add_cross(self, ties, year):
        """Cross-region ties start in their first year; one lost in 2020 is picked up again in 2021."""
        for p, (a, b, since) in self.cross.items():
            if p in ties or since > year or not (self.active(a, year) and self.active(b, year)):
                continue
            if year in (YEARS[0], since) or year >= 2021:
                ties[p] = self.new_tie(a, b, year, history=(year == YEARS[0]))

    def same_region(self, a, b):
        return self.by_id[a]["region"] == self.by_id[b]["region"]

    # -- structural repair: keep the planted gaps exact and every other region free of them ------
    def repair(self, ties, year):
        rng = self.rng
        active = [o["id"] for o in self.orgs if self.active(o["id"], year)]
        by_region = defaultdict(list)
        for x in active:
            by_region[self.by_id[x]["region"]].append(x)
        prev = self.ties.get(year - 1, {})

        def add(a, b):
            assert self.allowed(a, b), (a, b)
            p = pair(a, b)
            if p in ties:
                return
            if p in prev:   # kept after all: it carries on from last year
                ties[p] = self.grow(p, prev[p], year)
            else:
                ties[p] = self.new_tie(a, b, year, history=(year == YEARS[0]))

        for region, members in by_region.items():
            members = [x for x in members if x != ISOLATED]
            code = self.by_id[members[0]]["code"]
            zones = [members]
            strict = False
            if code == "abt":
                zones = BROKER_CLUSTERS
                strict = True
                for cluster in BROKER_CLUSTERS:   # the broker reaches every silo through two members
                    linked = [x for x in cluster if pair(BROKER, x) in ties]
                    for x in rng.sample([x for x in cluster if x not in linked], max(0, 2 - len(linked))):
                        add(BROKER, x)
            elif code == "gas":
                for p in sorted(self.protected):
                    if p not in ties:
                        add(*p)
                zones = [[x for x in members if x not in self.islands], [x for x in members if x in self.islands]]
            for zone in zones:
                zone_strict = strict or set(zone) <= self.islands
                self.repair_zone(ties, zone, add, zone_strict)
            if code != NEVER_TIED[0]:   # every other region ties health and housing every year
                h = [x for x in members if self.by_id[x]["sector"] == "health" and self.by_id[x]["role"] == "c"]
                o = [x for x in members if self.by_id[x]["sector"] == "housing"]
                if not any(pair(x, y) in ties for x in members for y in members
                           if self.by_id[x]["sector"] == "health" and self.by_id[y]["sector"] == "housing"):
                    add(h[0], o[0])

    def repair_zone(self, ties, zone, add, strict):
        """Connect the zone and remove every cut vertex that cuts off more than a single organization
        (strict: every cut vertex) by tying the cut-off part to the rest."""
        zone_set = set(zone)
        hub = next((x for x in zone if self.by_id[x]["role"] == "n"), zone[0])
        for _ in range(200):
            adj = adjacency(zone, [p for p in ties if p[0] in zone_set and p[1] in zone_set])
            comps = components(zone, adj)
            if len(comps) > 1:
                main = max(comps, key=len)
                for comp in comps:
                    if comp is not main:
                        add(self.pick(comp), hub if hub in main else self.pick(main))
                continue
            if strict:
                for x in zone:   # minimum degree 2 inside a small silo
                    if len(adj[x]) < 2:
                        add(x, self.pick([y for y in zone if y != x and y not in adj[x]]))
                adj = adjacency(zone, [p for p in ties if p[0] in zone_set and p[1] in zone_set])
            fixed = False
            for v in zone:
                rest = [x for x in zone if x != v]
                parts = components(rest, adj, removed=v)
                if len(parts) > 1:
                    big = max(parts, key=len)
                    small = [c for c in parts if c is not big and (strict or len(c) >= 2)]
                    for c in small:
                        add(self.pick(c), self.pick([x for x in big if x != v]))
                        fixed = True
                if fixed:
                    break
            if not fixed:
                return
        raise RuntimeError(f"could not repair zone {zone}")

    def pick(self, members):
        return self.rng.choice(sorted(members))


def pair(a, b):
    return (a, b) if a < b else (b, a)


def strength_for(stage):
    return 1 if stage <= 3 else 2 if stage <= 6 else 3


def adjacency(nodes, edges):
    adj = {x: set() for x in nodes}
    for a, b in edges:
        if a in adj and b in adj:
            adj[a].add(b)
            adj[b].add(a)
    return adj


def components(nodes, adj, removed=None):
    seen, comps = set(), []
    for s in nodes:
        if s in seen or s == removed:
            continue
        comp, stack = [], [s]
        seen.add(s)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in adj[x]:
                if y not in seen and y != removed:
                    seen.add(y)
                    stack.append(y)
        comps.append(sorted(comp))
    return comps


def articulation_points(nodes, adj):
    """Cut vertices by removal (the regional graphs are small)."""
    base = len(components(nodes, adj))
    return sorted(v for v in nodes if adj[v] and len(components(nodes, adj, removed=v)) > base)


def bridges(nodes, adj):
    found = []
    for a in nodes:
        for b in sorted(adj[a]):
            if a < b:
                adj[a].discard(b)
                adj[b].discard(a)
                if b not in set(x for c in components([a], adj) for x in c):
                    found.append([a, b])
                adj[a].add(b)
                adj[b].add(a)
    return sorted(found)


# ---------------------------------------------------------------------------------------------------
# Writing the workspace
# ---------------------------------------------------------------------------------------------------
ORG_COLUMNS = ["id", "name", "sector", "region", "type", "since", "until", "language"]
LINK_COLUMNS = ["source", "target", "year", "kind", "strength", "stage"]


def render_csv(columns, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def workspace_files(orgs, model, rng):
    org_rows = [[o["id"], o["name"], o["sector"], o["region"], o["type"], o["since"] or "", o["until"] or "",
                 o["language"]] for o in orgs]
    link_rows = []
    for year in YEARS:
        for p, attrs in model.ties[year].items():
            src, dst = model.orientation[p]
            for kind in attrs["kinds"]:
                stage = attrs["stage"]
                written = str(stage) if rng.random() < 0.06 else STAGES[stage - 1]
                link_rows.append([src, dst, year, kind, attrs["strength"], written])
    link_rows.sort(key=lambda r: (r[2], r[0], r[1], KINDS.index(r[3])))
    return {
        "organizations.csv": render_csv(ORG_COLUMNS, org_rows),
        "links.csv": render_csv(LINK_COLUMNS, link_rows),
    }


# ---------------------------------------------------------------------------------------------------
# expected.json: facts recomputed from the CSV text, and the planted gaps verified on it
# ---------------------------------------------------------------------------------------------------
def read_back(files):
    orgs = list(csv.DictReader(io.StringIO(files["organizations.csv"])))
    links = list(csv.DictReader(io.StringIO(files["links.csv"])))
    return orgs, links


def expected_facts(files):
    orgs, links = read_back(files)
    org = {o["id"]: o for o in orgs}
    regions = list(dict.fromkeys(o["region"] for o in orgs))

    def active(oid, year):
        o = org[oid]
        return (not o["since"] or year >= int(o["since"])) and (not o["until"] or year <= int(o["until"]))

    members = {y: sorted(o["id"] for o in orgs if active(o["id"], y)) for y in YEARS}
    kinds = {y: defaultdict(set) for y in YEARS}
    level = {y: {} for y in YEARS}   # pair -> (strength, stage), the highest of its rows (as Snapshot merges)
    for row in links:
        y, a, b = int(row["year"]), row["source"], row["target"]
        assert active(a, y) and active(b, y), f"link outside active years: {row}"
        kinds[y][pair(a, b)].add(row["kind"])
        stage = int(row["stage"]) if row["stage"].isdigit() else STAGES.index(row["stage"]) + 1
        old = level[y].get(pair(a, b), (0, 0))
        level[y][pair(a, b)] = (max(old[0], int(row["strength"])), max(old[1], stage))
    tie_sets = {y: set(kinds[y]) for y in YEARS}

    per_year = {}
    for y in YEARS:
        adj = adjacency(members[y], tie_sets[y])
        comps = components(members[y], adj)
        per_year[str(y)] = {
            "organizations": len(members[y]), "ties": len(tie_sets[y]),
            "linkRows": sum(1 for r in links if int(r["year"]) == y),
            "multiplexTies": sum(1 for k in kinds[y].values() if len(k) > 1),
            "components": len(comps), "isolates": sorted(x for x in members[y] if not adj[x]),
            "largestComponent": max(len(c) for c in comps),
        }

    def change(y1, y2):
        kept = sorted(tie_sets[y1] & tie_sets[y2])

        def moved(index, up):
            return [list(p) for p in kept if (level[y2][p][index] > level[y1][p][index]) == up
                    and level[y2][p][index] != level[y1][p][index]]
        return {
            "from": y1, "to": y2,
            "joined": sorted(set(members[y2]) - set(members[y1])),
            "left": sorted(set(members[y1]) - set(members[y2])),
            "formed": sorted([list(p) for p in tie_sets[y2] - tie_sets[y1]]),
            "dissolved": sorted([list(p) for p in tie_sets[y1] - tie_sets[y2]]),
            "keptCount": len(kept),
            "strengthened": moved(0, True), "weakened": moved(0, False),
            "stageUp": moved(1, True), "stageDown": moved(1, False),
            "tieStability": round(len(kept) / len(tie_sets[y1] | tie_sets[y2]), 6),
        }
    changes = [change(a, b) for a, b in zip(YEARS, YEARS[1:])] + [change(YEARS[0], YEARS[-1])]

    per_region = {}
    regional = {}   # (region, year) -> (nodes, adj)
    for r in regions:
        entry = {"organizations": sum(1 for o in orgs if o["region"] == r), "years": {}}
        for y in YEARS:
            nodes = [x for x in members[y] if org[x]["region"] == r]
            adj = adjacency(nodes, tie_sets[y])
            regional[r, y] = (nodes, adj)
            entry["years"][str(y)] = {
                "organizations": len(nodes),
                "ties": sum(len(adj[x]) for x in nodes) // 2,
                "components": len(components(nodes, adj)),
                "sectors": sorted({org[x]["sector"] for x in nodes}),
                "articulationPoints": articulation_points(nodes, adj),
                "bridges": bridges(nodes, adj),
            }
        per_region[r] = entry

    planted = verify_planted(org, regions, members, tie_sets, regional)
    return {
        "organizations": len(orgs), "regions": len(regions), "regionNames": regions,
        "sectors": sorted({o["sector"] for o in orgs}), "years": YEARS,
        "npiOrganizations": sorted(o["id"] for o in orgs if o["type"] == "NPI organization"),
        "linkRows": len(links), "perYear": per_year, "changes": changes, "perRegion": per_region,
        "planted": planted,
    }


def verify_planted(org, regions, members, tie_sets, regional):
    """Checks that each planted gap holds exactly, in every year, and nowhere else where it matters."""
    all_sectors = sorted({o["sector"] for o in org.values()})
    code_region = {code: name for code, name, _ in REGIONS}

    # (a) only the planted region lacks education, in every year; every other region has every sector.
    lacking = code_region[NO_EDUCATION_REGION]
    for (r, y), (nodes, _) in regional.items():
        present = {org[x]["sector"] for x in nodes}
        missing = sorted(set(all_sectors) - present)
        assert missing == (["education"] if r == lacking else []), (r, y, missing)
    for p in set().union(*tie_sets.values()):
        for x, z in (p, p[::-1]):
            assert not (org[x]["region"] == lacking and org[z]["sector"] == "education"), p

    # (b) the broker is the only cut vertex of its region, every year, and leaves the silos apart.
    broker_region = org[BROKER]["region"]
    broker_parts = None
    for y in YEARS:
        nodes, adj = regional[broker_region, y]
        assert articulation_points(nodes, adj) == [BROKER], (y, articulation_points(nodes, adj))
        assert bridges(nodes, adj) == [], y
        parts = components([x for x in nodes if x != BROKER], adj, removed=BROKER)
        assert sorted(parts) == sorted(sorted(c) for c in BROKER_CLUSTERS), parts
        broker_parts = sorted(parts)
        for x in nodes:   # only the broker has partners outside the region
            if x != BROKER:
                assert all(org[z]["region"] == broker_region for z in members[y] if pair(x, z) in tie_sets[y])

    # Elsewhere a cut vertex cuts off single organizations only (except the planted bridge's ends).
    bridge_ends = set(BRIDGE)
    for (r, y), (nodes, adj) in regional.items():
        if r == broker_region:
            continue
        for v in articulation_points(nodes, adj):
            parts = components([x for x in nodes if x != v], adj, removed=v)
            big = max(parts, key=len)
            if v not in bridge_ends:
                assert all(len(c) == 1 for c in parts if c is not big), (r, y, v, parts)

    # (c) the sector pair is present and never tied in its region (nor with outside partners);
    #     every other region ties those sectors every year.
    pair_region = code_region[NEVER_TIED[0]]
    s1, s2 = NEVER_TIED[1], NEVER_TIED[2]
    for (r, y), (nodes, adj) in regional.items():
        sectors = {org[x]["sector"] for x in nodes}
        assert s1 in sectors and s2 in sectors, (r, y)
        tied = any(org[x]["sector"] == s1 and org[z]["sector"] == s2 for x in nodes for z in adj[x])
        assert tied == (r != pair_region), (r, y)
    for p in set().union(*tie_sets.values()):
        sec = (org[p[0]]["sector"], org[p[1]]["sector"])
        if {org[p[0]]["region"], org[p[1]]["region"]} & {pair_region} and set(sec) == {s1, s2}:
            raise AssertionError(f"{p} ties {s1} and {s2} in {pair_region}")

    # (d) exactly one organization without ties, in every year, in the whole network and its region;
    #     its sector has other members in the region, who do have ties.
    for y in YEARS:
        tied = {x for p in tie_sets[y] for x in p}
        assert [x for x in members[y] if x not in tied] == [ISOLATED], y
        for (r, yy), (nodes, adj) in regional.items():
            if yy == y:
                assert [x for x in nodes if not adj[x]] == ([ISOLATED] if r == org[ISOLATED]["region"] else []), (r, y)

    # (e) the bridge is the only tie whose removal cuts off more than one organization in any region.
    bridge = sorted(BRIDGE)
    cut_off = None
    for (r, y), (nodes, adj) in regional.items():
        for a, b in bridges(nodes, adj):
            adj[a].discard(b)
            adj[b].discard(a)
            side_a, side_b = components([a], adj)[0], components([b], adj)[0]
            adj[a].add(b)
            adj[b].add(a)
            sides = (len(side_a), len(side_b))
            if [a, b] == bridge:
                cut_off = side_a if BRIDGE[0] in side_a else side_b
                assert cut_off == sorted(ISLANDS), cut_off
            else:
                assert min(sides) == 1, (r, y, a, b, sides)
        if r == org[BRIDGE[0]]["region"]:
            assert bridge in bridges(nodes, adj), y
    for y in YEARS:   # no organization of the islands has a partner anywhere else
        for p in tie_sets[y]:
            if (p[0] in ISLANDS) != (p[1] in ISLANDS):
                assert sorted(p) == bridge, p

    # Every sector of every region has a tie to another sector of that region, every year.
    for (r, y), (nodes, adj) in regional.items():
        for s in {org[x]["sector"] for x in nodes}:
            assert any(org[z]["sector"] != s for x in nodes if org[x]["sector"] == s for z in adj[x]), (r, y, s)

    return {
        "noEducationRegion": {"region": lacking, "sector": "education"},
        "singleBroker": {"region": broker_region, "broker": BROKER, "partsWithoutBroker": broker_parts},
        "neverTiedSectorPair": {"region": pair_region, "sectors": [s1, s2]},
        "isolated": {"region": org[ISOLATED]["region"], "organization": ISOLATED},
        "bridge": {"region": org[BRIDGE[0]]["region"], "tie": bridge, "cutOff": cut_off},
    }


# ---------------------------------------------------------------------------------------------------
# The 2022 survey round (DESIGN §10): responses.csv, consistent with the 2022 ties of links.csv
# ---------------------------------------------------------------------------------------------------
SURVEY_YEAR = 2022
SURVEY_COLUMNS = ["respondent", "partner", "year", "level", "trust_reliability", "trust_mission",
                  "trust_openness", "value_power", "value_involvement", "value_resources",
                  "resources_contributed", "comments"]
SURVEY_RESOURCES = ["funding", "staff time", "meeting space", "expertise", "data", "referrals"]
LEVEL_FR = {1: "coopération", 2: "coordination", 3: "intégration"}
# No education organization of this region answers: the gap analysis must say it may be non-response.
SILENT_SECTOR = ("Nunavik", "education")


def survey_round(files):
    """responses.csv of the 2022 round, with its own random stream (the other files do not change).

    Every 2022 tie is named by at least one side, with the tie's strength as its level, so the round
    read beside links.csv adds no tie. About 15% of the active organizations do not answer; no two of
    them are tied (a tie between two non-respondents could not have been reported). Ratings follow a
    hidden trust and value per organization, with some items left empty."""
    rng = random.Random(f"{SEED}-survey")
    orgs, links = read_back(files)
    org = {o["id"]: o for o in orgs}
    active = [o["id"] for o in orgs if (not o["since"] or int(o["since"]) <= SURVEY_YEAR)
              and (not o["until"] or int(o["until"]) >= SURVEY_YEAR)]
    strength, neighbours = {}, defaultdict(set)
    for r in links:
        if int(r["year"]) == SURVEY_YEAR:
            strength[pair(r["source"], r["target"])] = int(r["strength"])
            neighbours[r["source"]].add(r["target"])
            neighbours[r["target"]].add(r["source"])
    silent = {i for i in active if (org[i]["region"], org[i]["sector"]) == SILENT_SECTOR}
    assert silent and all(not (neighbours[i] & silent) for i in silent)
    for i in rng.sample(active, len(active)):
        if len(silent) >= round(0.15 * len(active)):
            break
        # Other education organizations answer, so the silent sector is the planted one only.
        if i not in silent and not (neighbours[i] & silent) and org[i]["sector"] != "education":
            silent.add(i)
    trust = {i: rng.uniform(2.0, 3.7) for i in active}
    value = {i: rng.uniform(1.8, 3.6) for i in active}

    def rating(centre):
        return "" if rng.random() < 0.08 else str(min(4, max(1, round(rng.gauss(centre, 0.6)))))

    rows = []
    for (a, b), s in sorted(strength.items()):
        sides = [x for x in (a, b) if x not in silent]
        if len(sides) == 2 and rng.random() < 0.45:
            sides = [rng.choice(sides)]
        for k, (who, other) in enumerate((x, b if x == a else a) for x in sides):
            level = s if k == 0 or rng.random() < 0.7 else max(1, s - 1)
            written = LEVEL_FR[level] if rng.random() < 0.2 else str(level)
            ratings = [rating(trust[other]) for _ in range(3)] + [rating(value[other]) for _ in range(3)]
            resources = "; ".join(rng.sample(SURVEY_RESOURCES, rng.randint(0, 2)))
            comment = rng.choice([""] * 6 + ["monthly table", "joint intake for English-speaking families"])
            rows.append([who, other, SURVEY_YEAR, written] + ratings + [resources, comment])
    rows.sort(key=lambda r: (r[0], r[1]))
    return render_csv(SURVEY_COLUMNS, rows), sorted(set(active) - silent)


def survey_facts(files):
    """The round's figures as `partnermap survey` defines them, from the CSV text."""
    orgs, links = read_back(files)
    responses = list(csv.DictReader(io.StringIO(files["responses.csv"])))
    active = {o["id"]: o for o in orgs if (not o["since"] or int(o["since"]) <= SURVEY_YEAR)
              and (not o["until"] or int(o["until"]) >= SURVEY_YEAR)}
    respondents = {r["respondent"] for r in responses}

    def scale_mean(r, prefix):
        given = [int(r[c]) for c in SURVEY_COLUMNS if c.startswith(prefix) and r[c]]
        return sum(given) / len(given) if given else None

    def score(values):
        values = [v for v in values if v is not None]
        return 100 * (sum(values) / len(values) - 1) / 3 if values else None

    def summary(members):
        rows = [r for r in responses if r["respondent"] in members and r["partner"] in members]
        named = defaultdict(set)
        for r in rows:
            named[pair(r["respondent"], r["partner"])].add(r["respondent"])
        both = [p for p in named if p[0] in respondents and p[1] in respondents]
        answered = len(set(members) & respondents)
        return {"invited": len(members), "respondents": answered, "responseRate": answered / len(members),
                "ties": len(named), "confirmedTies": sum(1 for p in both if len(named[p]) == 2),
                "unconfirmedTies": sum(1 for p in both if len(named[p]) == 1),
                "unansweredTies": len(named) - len(both),
                "trust": score(scale_mean(r, "trust_") for r in rows),
                "value": score(scale_mean(r, "value_") for r in rows)}

    regions = sorted({o["region"] for o in active.values()}, key=str.lower)
    return {"year": SURVEY_YEAR, "network": summary(set(active)),
            "regions": {r: summary({i for i, o in active.items() if o["region"] == r}) for r in regions},
            "nonRespondents": sorted(set(active) - respondents),
            "silentSector": {"region": SILENT_SECTOR[0], "sector": SILENT_SECTOR[1]}}


def generate():
    rng = random.Random(SEED)
    orgs = load_organizations()
    model = Model(orgs, rng)
    model.run()
    files = workspace_files(orgs, model, rng)
    facts = expected_facts(files)
    files["responses.csv"], _ = survey_round(files)
    facts["survey"] = survey_facts(files)
    files["expected.json"] = json.dumps(facts, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return files


def main():
    files = generate()
    if "--check" in sys.argv[1:]:
        stale = [name for name, text in files.items()
                 if not os.path.exists(os.path.join(OUT_DIR, name))
                 or open(os.path.join(OUT_DIR, name), encoding="utf-8").read() != text]
        if stale:
            sys.exit(f"out of date: {', '.join(stale)} (run python3 samples/generate_quebec_npi.py)")
        print("samples/quebec-npi is up to date")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    for name, text in files.items():
        path = os.path.join(OUT_DIR, name)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    facts = json.loads(files["expected.json"])
    print(f"{facts['organizations']} organizations, {facts['regions']} regions, "
          + ", ".join(f"{y}: {v['organizations']} orgs {v['ties']} ties" for y, v in facts["perYear"].items()))


if __name__ == "__main__":
    main()
