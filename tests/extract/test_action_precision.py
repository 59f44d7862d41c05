"""Action precision on papers unlike the ones the rules were written against: minutes full of sentences that
are not this meeting's tasks (news of what was done, other bodies' plans, officers' routines, questions and
answers, hypotheticals, sentiments, policy, events, thanks, errands agreed at an earlier meeting) and a handful
of genuine tasks. Each paper must give exactly its genuine tasks. The bodies, people and places are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scrutiny.extract import extract
from scrutiny.extract.markers import log_entries, marked_actions
from scrutiny.extract.narrative import commitments
from scrutiny.readers import read

from ._build import findable, passage

# A parish council with a police report and a county councillor's report: the team's routine, the County's
# plans, a hypothetical, the Clerk's news, events and the precept's business.
BRAMLEY = """\
MINUTES OF THE MEETING OF BRAMLEY HOLT PARISH COUNCIL
held on Monday 9 September 2024 at 7.30pm in the Village Hall

Present: Cllr P Hargreaves (Chairman), Cllr D Lumb, Cllr S Okonjo, Cllr R Pennock, Cllr W Tate
In attendance: Mrs A Fenwick (Clerk), County Cllr M Ridley, PCSO K Dunmore, 3 members of the public

24/101 Apologies
Apologies were received from Cllr J Ibbotson.

24/102 Declarations of interest
None.

24/103 Minutes
The minutes of the meeting held on 8 July 2024 were approved and signed.

24/104 Police report
PCSO Dunmore reported eleven crimes in the parish since July, including two thefts from vans on Mill Lane. The team would continue to patrol the recreation ground in the evenings. She said speeding would be monitored over the autumn as usual. Residents will be able to report concerns through the new online portal. The neighbourhood team will hold a drop-in surgery at the library on 2 October. Cllr Okonjo asked whether the speed camera van could visit Church Street; PCSO Dunmore said she would pass the request to the road safety team.

24/105 County Councillor's report
County Cllr Ridley reported that the County Council will resurface the A614 between the two roundabouts in November. The County would be consulting on changes to the bus timetable over the winter. He said the Council had written to the Department for Transport about the bypass. Members would like to see the gritting route extended to Holt Lane. Cllr Ridley said that if funding were found the County would install a crossing by the school.

24/106 Clerk's report
The Clerk had written to Highways about the blocked gully on Station Road and had chased the contractor about the bus shelter. The defibrillator pads had been replaced. The insurance would be renewed in October.

24/107 Planning
24/0456 Extension at 4 Orchard Close – no objection.
The District Council will decide the Mill Farm application at its committee on 17 September.

24/108 Finance
Payments totalling £2,314.50 were approved. The precept will be discussed at the November meeting.

24/109 Village matters
The Harvest Supper will be held on 5 October in the Village Hall. The Council will continue to support the Bramley in Bloom volunteers. It was agreed that the Clerk would obtain three quotes for repairing the play area fence. Cllr Tate to inspect the footpath stile at Ings Farm and report back.

24/110 Date of next meeting
Monday 11 November 2024 at 7.30pm.
"""

# A community council with correspondence and a treasurer's report: news of letters, other bodies' works,
# policy for officers, an offer on a condition, the committee's own later business.
GLENMORROW = """\
# Glenmorrow Community Council

## Minutes of the meeting held on Tuesday 14 May 2024 at 7pm, Glenmorrow Church Hall

**Present:** Fiona Baird (Chair), Hamish Drummond (Treasurer), Morag Lennox (Secretary), Euan McPhail, Iona Ross

**In attendance:** Cllr Stuart Kerr (Ward Councillor), PC Gary Niven (Police Scotland), 5 residents

**Apologies:** Alasdair Grant

### 1. Welcome

The Chair welcomed everyone and thanked the residents who had helped with the spring litter pick.

### 2. Minutes of the previous meeting

The minutes of 9 April were approved. Matters arising: the Secretary had sent the letter about the footbridge, and a reply is awaited.

### 3. Police report

PC Niven said there had been 14 calls in the area in April. Officers will be expected to complete new training on hate crime by the summer. Police Scotland would be reviewing the local policing plan later in the year. Residents were reminded to lock sheds. He said that patrols would be stepped up around the harbour during the regatta.

### 4. Correspondence

- Letter from the Council's Roads Department: the resurfacing of Shore Road will start on 3 June and will take three weeks.
- Email from SEPA about the flood scheme consultation; responses are due by 30 June.
- Invitation to the Gala Day on 22 June. Euan McPhail to represent the community council.
- Letter from a resident about dog fouling on the promenade. The Secretary will reply and ask the Council for more bins.

### 5. Treasurer's report

The Treasurer reported a balance of £3,412.18. The micro-grant from the wind farm fund would be paid in July. The annual accounts will be examined by the independent examiner in June.

### 6. Ward Councillor's report

Cllr Kerr said the Council would consult on parking charges in the autumn. The new primary school will open in August 2025. He would be happy to meet residents about the bus service if they wished. The Council will continue to fund the community warden post.

### 7. Any other business

Iona Ross asked whether the Christmas lights would be switched on earlier this year. The Chair said the committee would discuss this in September. It was agreed that the Chair would write to the Council about the state of the harbour railings.

### 8. Date of next meeting

Tuesday 11 June 2024 at 7pm.
"""

# A police and crime panel with public questions to the Commissioner: answers, the Force's and the OPCC's
# plans, a sentiment, the Panel's own business.
CASTERBRIDGE = """\
CASTERBRIDGE POLICE AND CRIME PANEL
Minutes of the meeting held on Thursday 20 June 2024 at 10.00am, County Hall, Casterbridge

Present: Councillor Helen Marsh (Chair), Councillor Tom Abbey, Councillor Priya Shah, Councillor Neil Byrne, Mr Colin Frith (Independent Member)
In attendance: Rebecca Stone (Police and Crime Commissioner), Martin Hale (Chief Executive, OPCC), Anne Lowry (Chief Finance Officer, OPCC)

1. Apologies
Apologies were received from Councillor Ruth Dean.

2. Public questions
2.1 Mr Jones asked whether the Commissioner would reopen the front counter at Eastwick station. The Commissioner replied that the estates strategy would be published in the autumn and that no decisions had been taken. She said she would not reopen counters that were little used.
2.2 A second question asked how many officers would be recruited this year. The Commissioner said the Force will recruit 120 officers in 2024/25 to replace leavers.

3. Police and Crime Commissioner's update
The Commissioner reported that the Force had been moved out of the Engage phase by HMICFRS. She would continue to hold the Chief Constable to account through her monthly accountability meetings. The Force will launch a new rural crime team in September. The OPCC will be commissioning a new victims' service from April 2025.
Members welcomed the progress. Councillor Shah asked how the Panel would know whether the rural crime team was working. The Commissioner said that the team would be evaluated after twelve months. Members would like to see more officers in the rural wards. The Commissioner agreed to provide the Panel with the rural crime figures at its October meeting.

4. Budget monitoring
The Chief Finance Officer reported a projected underspend of £0.4m. The underspend would be transferred to reserves at year end. Officers will be expected to manage overtime within budget. Councillor Byrne asked whether the Commissioner would consider raising the precept by the maximum. The Commissioner said she would decide in January after the settlement.

5. Complaints
The Chief Executive reported that no complaints against the Commissioner had been received. The Panel will consider the annual complaints report in December.

6. Work programme
The Panel noted the work programme. It was agreed that the Chief Executive would arrange a briefing for members on the estates strategy before the October meeting.

7. Date of next meeting
Thursday 17 October 2024 at 10.00am.
"""

# A joint policing committee with a Garda presentation: operations reported, a conditional deployment, the
# Council's scheme, thanks.
KILMAREE = """\
KILMAREE JOINT POLICING COMMITTEE
Minutes of meeting held on Monday 25 March 2024 at 3.00pm in the Council Chamber, Kilmaree

Members present: Cllr Seán Ó Briain (Cathaoirleach), Cllr Máire Keane, Cllr Declan Foley, Cllr Aoife Burke, Ms Nuala Crowe (Community Representative)
Also present: Chief Superintendent Brendan Walsh, Superintendent Orla Kinsella, Mr Pádraig Nolan (Director of Services), Ms Carmel Daly (Meetings Administrator)

1. Minutes of previous meeting
The minutes of the meeting of 27 November 2023 were adopted on the proposal of Cllr Keane, seconded by Cllr Foley.

2. Garda presentation
Chief Superintendent Walsh presented the Garda report for the division. Burglaries were down 12% on the previous year. He said the Gardaí will continue Operation Thor over the winter months. A new community engagement unit will be established in the town in the summer. Gardaí would be conducting checkpoints on the N25 over the Easter weekend. Superintendent Kinsella said that drug-related intimidation remained a concern and that the Drug-Related Intimidation Reporting Programme would be promoted in schools.
Cllr Keane asked about anti-social behaviour at the bus station. Chief Superintendent Walsh said that if additional resources were allocated, a Garda would be assigned to the station at weekends. Cllr Foley said the members would like to see more Gardaí on foot patrol in the town centre. Chief Superintendent Walsh undertook to examine the roster for the town centre and report to the next meeting.

3. Community safety
Mr Nolan said the Council will install additional CCTV cameras on the quays under the community CCTV scheme. The Council had applied to the Department of Justice for funding. The Local Community Safety Partnership will replace the JPC later this year. Ms Crowe said residents would welcome better lighting on the Greenway.
It was agreed that the Meetings Administrator would circulate the Garda statistics to members after the meeting.

4. Any other business
Cllr Burke thanked the Gardaí for their work at the St Patrick's Day parade. The Cathaoirleach wished Superintendent Kinsella well in her new post in Cork.

5. Next meeting
The next meeting will be held on 24 June 2024.
"""

# A residents' association: earlier errands done, the police's habits, a landlord's programme, payments due,
# events.
OAKFIELD = """\
OAKFIELD ESTATE RESIDENTS' ASSOCIATION
Notes of the committee meeting, Wednesday 6 November 2024, 7pm, Oakfield Community Centre

Present: Linda Barrow (Chair), Tony Walsh (Secretary), Grace Adeyemi (Treasurer), Pete Sully, Mandy Cole
Guests: Sgt Ray Dobbs (Safer Neighbourhood Team), Kevin Orr (Housing Officer, Northway Homes)

1. Matters arising
Tony had emailed the housing association about the broken lift in Beech House; it was repaired on 20 October. The bulb in the underpass has been replaced.

2. Safer Neighbourhood Team
Sgt Dobbs said there had been three reports of drug dealing near the shops. The team will be doing extra patrols on Friday nights until Christmas. Officers would attend the bonfire night event as in previous years. He explained that all reports would be logged and passed to the intelligence unit. Residents should call 101 or use the website. Pete asked if the police would put up a CCTV camera by the garages; Sgt Dobbs said cameras were a matter for the council.

3. Northway Homes
Kevin Orr said Northway will replace the windows in Ash House next spring. The repairs line will move to a new number from January. Northway would be happy to attend future meetings. Kevin will send the Secretary the list of planned works for 2025.

4. Treasurer
Grace reported £612 in the account. The grant from the Ward Fund would be paid in December. The accounts will be audited in March.

5. Events
The Christmas party will be held on 14 December in the community centre. Mandy will book Santa and his grotto for the afternoon of the party. We would like to see more young people involved. It was agreed to ask the council for a skip day in the spring.

6. AOB
Linda thanked Sgt Dobbs and Kevin for coming.
Next meeting: Wednesday 8 January 2025.
"""

# A liaison committee with a quarry company: operations and routines as the permit requires, an agency's
# inspection, the County's determination, a hypothetical closure.
HARTCLIFFE = """\
HARTCLIFFE QUARRY LIAISON COMMITTEE
Minutes of the meeting held on 12 March 2025 at the Quarry Offices, Hartcliffe

Present:
Cllr Janet Royle (Chair) – Hartcliffe Parish Council
Cllr Owen Price – Lydbrook Parish Council
Mr Graham Fell – Site Manager, Stoneway Aggregates
Ms Sarah Quinn – Environmental Manager, Stoneway Aggregates
Mr Dev Mistry – Planning Officer, Westshire County Council
Mrs Pat Hollis – resident

1. Notes of the last meeting
The notes of 11 September 2024 were agreed. Mr Fell confirmed that the wheel wash had been repaired in October as promised.

2. Operations report
Mr Fell reported that extraction in Phase 4 would be completed by the summer, after which the company will begin restoring the eastern face. Blasting will continue to take place on weekdays between 10am and 4pm. The company would notify residents 48 hours before each blast as required by the permit. Stoneway will be planting 2,000 trees along the northern bund in the autumn.

3. Environmental monitoring
Ms Quinn presented the dust and noise monitoring results. All readings were within limits. Monitoring would continue at the four locations. The Environment Agency will inspect the site in May. Mrs Hollis said residents on Quarry Lane would like to see the monitoring results published online. Ms Quinn agreed to publish the quarterly monitoring results on the company website.

4. Planning
Mr Mistry said the County Council would determine the extension application in the summer. Officers will be expected to report on the restoration scheme as part of that application. If the extension were refused, the quarry would close in 2029.

5. Community fund
The Community Fund will open for applications on 1 April. Grants of up to £1,500 will be awarded twice a year. It was agreed that the Chair would include a note about the fund in the parish newsletters.

6. Any other business
Cllr Price thanked the company for sponsoring the Lydbrook fun run. Mr Fell said that he would arrange a site visit for members in June.

Date of next meeting: Wednesday 10 September 2025 at 2pm.
"""

# Parish minutes whose matters arising are marked "Action n" but report what was done, and whose reports carry
# other bodies' plans in the shape of tasks ("Norfolk County Council to review …").
FENBURY = """\
# FENBURY PARISH COUNCIL

Minutes of the Parish Council Meeting held on Tuesday 9 June 2015 at 7.30pm in Fenbury Village Hall

Present: Cllr R Amos (Chairman), Cllr J Becket, Cllr L Crane, Cllr M Dyer, Cllr T Eade. Mrs S Flint (Clerk). County Cllr H Gower. 2 members of the public.

**1. Apologies:** Cllr P Hale – accepted.

**2. Minutes of the last meeting** were agreed and signed.

**3. Matters arising**

Action 1 – the Clerk had written to Highways about the pothole on Mill Road and it was repaired on 2 June.

Action 2 – Cllr Becket has spoken to the landowner about the hedge.

Action 3: completed.

**4. County Councillor's Report**

CC Gower reported that Highways to resurface the B1108 through the village in August. The bus service to Swaffham will be reduced to two a day from September. Norfolk County Council to review the speed limit on the A134 next year. The library will be open on Saturdays from July. It was noted that the Borough Council will collect the garden waste bins fortnightly from April.

**5. Police Report**

There were 4 crimes reported in May. The Police will be holding a beat surgery in the church porch on 20 June. PCSO Tilly said that speeding on Church Lane would be monitored over the summer. The police were asking residents to report suspicious vehicles.

**6. Highways**

a) Overhanging trees on School Lane – Clerk to write to the owner.

b) The grass verges will be cut by the Borough three times this year.

c) Dog fouling on the playing field: Cllr Crane to put up new signs.

**7. Planning**

15/00321/F Conservatory, 2 The Street – no objection. The Borough Council to determine the application at its July committee.

**8. Finance**

The following payments were approved: Clerk's salary £312.40, E-on £24.10. The audit will be carried out by the internal auditor in July.

**9. Correspondence**

- NALC newsletter – circulated.
- Invitation to the Borough Council's annual meeting – Chairman to attend.
- Norfolk Fire and Rescue: the fire station at Watton will close at night from October.

**10. Village fete** The fete will be held on 4 July. The Church will provide the teas.

**11. Date of next meeting** Tuesday 14 July 2015.
"""

# A police liaison group: the team's and the Borough's plans, a question answered across a semicolon.
RIVERSIDE = """\
# RIVERSIDE POLICE LIAISON GROUP

## Minutes of the meeting held on Tuesday 17 March 2009, 7pm, Riverside Library

Present: Ann Kerr (Chair), Bill Moss (Secretary), Jean Platt, Sam Rudd, Sgt Tom Vance (Riverside Safer Neighbourhood Team), PC Lisa Wood

### 1. Minutes and matters arising

The minutes of 20 January were agreed. The Safer Neighbourhood Team had visited the youth club as promised.

### 2. Crime figures

Sgt Vance said burglary was up slightly. The team is going to run a property marking day at the library in April. Officers will be patrolling the towpath on bicycles during the summer. He said the Borough would be installing new lighting along the towpath next year. The Metropolitan Police are to introduce a new 101 number later this year.

### 3. Ward priorities

The group agreed that the priorities would remain anti-social behaviour on the Greenway estate and speeding on Canal Road. Sgt Vance said the team would continue to focus on these. Jean Platt asked whether the team could attend the tenants' meeting on 2 April; PC Wood said she would attend.

### 4. Panel membership

Members would like to see more young people on the panel. Sam Rudd said the youth club would be happy to send a representative. The Secretary is to write to the head teacher of Riverside School to invite a pupil to join.

### 5. Any other business

Bill Moss thanked PC Wood for her help with the street party. The summer fair will take place on 13 June.

Next meeting: 19 May 2009
"""

# A borough council with questions from the public and members: answers, conditions, the budget's policy,
# announcements.
WESTHOLME = """\
WESTHOLME BOROUGH COUNCIL
Minutes of the meeting of the Council held on Thursday 20 February 2025 at 7.00pm, Council Chamber, Westholme

Present: The Mayor (Councillor Pauline Drew) in the Chair; Councillors Ahmed, Barker, Chen, Doyle, Evans, Fitch, Grant, Hughes, Iqbal, Jarvis
Officers: Simon Kaye (Chief Executive), Laura Mint (Director of Finance), Owen Nash (Monitoring Officer)

1. Apologies
Apologies were received from Councillors Kemp and Lowe.

2. Questions from members of the public
2.1 Mrs Oakes asked when the Leader would publish the review of the leisure centre. The Leader replied that the review would be reported to Cabinet in April and published before then.
2.2 Mr Patel asked whether the Council would reduce parking charges in the town centre. The Cabinet Member for Transport said that charges would be frozen for 2025/26 and that the Council will review them again next year.

3. Questions from members
3.1 Councillor Barker asked about the closure of the recycling centre. The Cabinet Member said the centre would reopen in May after refurbishment, and that the contractor will extend opening hours in the summer.
3.2 Councillor Chen asked whether the Council would consider a pothole fund. The Leader said that if the government settlement allowed, the Council would create a fund in 2026.

4. Budget and Council Tax 2025/26
The Director of Finance presented the budget. Council tax will rise by 2.99%. The Council will continue to protect frontline services. The reserves would be used to balance the budget in 2026/27 if necessary.
RESOLVED: That the budget and council tax for 2025/26 be approved.

5. Motion on bus services
Councillor Doyle moved the motion, seconded by Councillor Evans. The Council will lobby the County Council to restore the 42 bus route.
RESOLVED: That the Leader write to the Chair of the County Council's Transport Committee asking that the 42 route be restored.

6. Leader's announcements
The Leader announced that the Council will host the regional business awards in October. The Mayor's charity ball will be held on 15 March.

The meeting closed at 9.12pm.
"""

# A friends group: errands agreed at an earlier meeting retold, routines, the Borough's plans.
HOLLINS = """\
FRIENDS OF HOLLINS WOOD
Minutes of the committee meeting held on Tuesday 23 February 2016 at 7pm at the Scout Hut

Present: Carol Young (Chair), Dave Ince, Helen Jupp, Mike Rowe, Nina Shah
Apologies: Gwen Tull

1. Minutes of the last meeting
Agreed as a true record.

2. Matters arising
At the January meeting it had been agreed that Dave would contact the rangers about the fallen oak; he had done so and the tree was cleared last week. Helen had agreed to ask the school about a bird box project, and the school was keen.

3. Work parties
The next work party will be on Saturday 12 March, meeting at the car park at 10am. The rangers will bring tools and gloves as usual. Volunteers will be clearing brambles from the glade. We should be proud of how much was done last year. Mike will ask the rangers whether the path by the stream can be resurfaced.

4. Bluebell walk
The bluebell walk will take place on 1 May. The walk will be led by Nina, as in previous years. Carol to design a poster for the walk.

5. Council news
The Borough has announced that the car park charges will be introduced in April. The Borough would be consulting on the woodland management plan in the summer. If the charges went ahead, the group would lose visitors.

6. Finance
The group has £845 in the bank. The grant from the Community Chest will be paid in March.

7. AOB
Helen thanked Mike for his work on the website. The website will be updated every month.

Date of next meeting: Tuesday 22 March 2016.
"""

# A community council with police and councillor's reports: habits, the City Council's plans, a grant paid as
# every year.
TARNSIDE = """\
Tarnside Community Council – Minutes of the Monthly Meeting, Monday 3 June 2024, 7pm, Tarnside Library

Present: Ruth McLeish (Chair), Callum Brody (Secretary), Shona Watt (Treasurer), Ali Rehman, Jim Coyle
Also present: Cllr Paul Friel (Ward Councillor), PC Donna Hay (Police Scotland)

1. Apologies: Mary Doig.

2. Police report
PC Hay reported 22 incidents in May, mostly antisocial behaviour around the shopping centre. Police Scotland will run a knife amnesty in June. Our local officers will be attending the gala as they always do. PC Hay said the police would keep an eye on the underpass. She would bring the figures for the gala weekend to the next meeting.

3. Councillor's report
Cllr Friel said the City Council will replace the street lights on Loch Road with LEDs over the summer. Glasgow City Council would be introducing a low emission zone charge for older vans. The council had agreed to fund a new play park in Tarnside Park, which will open in the autumn.

4. Planning
The application for flats on the old bank site will go to the planning committee on 20 June. We should object to the height of the building. It was agreed that Callum would draft an objection and circulate it to members by 10 June.

5. Treasurer's report
Shona reported a balance of £1,204. The annual grant from the City Council would be paid in July, as every year.

6. AOB
The Chair thanked everyone who had helped at the litter pick. We would like to see the bus shelter on Main Street replaced. Ali will speak to the bus company about the timetable display.

Next meeting: Monday 1 July 2024, 7pm, Tarnside Library.
"""

# Minutes as a table whose Action column says "None", "Noted" or "For information", and earlier actions
# reported done.
NORTHDALE = """\
# Northdale Community Safety Partnership

Minutes of the meeting held on Wednesday 4 December 2024 at 2pm, Northdale Civic Centre

Present: Insp Carl Meadows (Chair), Julie Sands (Community Safety Officer), Rob Fenner (Fire and Rescue), Amira Khan (Youth Service)

| Item | Discussion | Action |
|---|---|---|
| 1. Minutes | The minutes of 2 October were agreed. | None |
| 2. Anti-social behaviour | Reports were down 8%. The youth bus will visit the park on Friday evenings through the winter. | Noted |
| 3. Fireworks | Fire and Rescue had visited all the schools before bonfire night. The Council will write to retailers next year as usual. | For information |
| 4. Knife crime | The knife crime action plan was discussed. | Julie Sands to circulate the knife crime action plan to partners |
| 5. Funding | The Partnership's bid to the Safer Streets fund was successful; the money will be spent on lighting. | |
| 6. Actions from last meeting | Action 2: Rob Fenner had sent the home safety leaflets to the housing officers. Action 4: The CCTV review was presented in November. | |

Date of next meeting: 5 February 2025
"""

# A police and crime panel where national bodies' plans, a rule for officers, a condition, a request made
# earlier and a farewell surround one request the Commissioner answers ("agreed to provide it": one task,
# hers).
WEXCOMBE = """\
WEXCOMBE POLICE AND CRIME PANEL
Minutes of the meeting held on Thursday 12 September 2024 at 2.00pm, Shire Hall, Wexcombe

Present: Councillor Ian Tate (Chair), Councillor Rosa Lind, Councillor Bob Carver, Councillor Amy Pike, Ms Joan Reeve (Co-opted Member)
Also present: Mark Dale (Police and Crime Commissioner), Chief Constable Sarah Holt, Lucy Penn (Chief Executive, OPCC)

1. Declarations of interest
None.

2. Commissioner's report
The Commissioner said HMICFRS will inspect the force's crime recording in the autumn. The Home Office has requested a report on the use of Taser from every force. Officers are to record every stop and search on the new mobile app from October. The new Superintendent for the east, Kate Lyle, is to take up post in November. The Force would consider a pilot of drug testing on arrest if funding became available.
Councillor Lind asked for a breakdown of Taser use by ethnicity at the next meeting. The Commissioner agreed to provide it.

3. Road safety
The Chief Constable said the Force's road policing unit would be running the drink drive campaign again in December. The Home Office will publish the road casualty figures in November. Councillor Carver asked whether speed cameras would be moved to the A39; the Chief Constable replied that camera sites were chosen by the Road Safety Partnership.

4. Precept
The Chief Executive explained that the Panel will receive the proposed precept in February. The Commissioner had asked the Chief Constable to find savings of £2m, and the Force had identified them. Members were reminded that the budget workshop will be held on 10 January.

5. Thanks
The Chair thanked Chief Constable Holt, who will retire in March, for her service to the county.

6. Date of next meeting
Thursday 14 November 2024 at 2.00pm.
"""

# Parish minutes numbered "19/44 Police – No report received." like an action log's entries, with utilities'
# works and routines in the shape of tasks.
KETTLEBY = """\
# KETTLEBY PARISH COUNCIL

## Minutes of the Annual Meeting of the Parish Council held on Monday 13 May 2019 at 7.30pm in the Church Room

Present: Cllr G Ward (Chairman), Cllr F Holt, Cllr N Pryor, Cllr K Shaw. Mr D Vane (Clerk). District Cllr E Lamb.

**19/40 Election of Chairman** – Cllr Ward was elected Chairman and signed the declaration.

**19/41 Minutes** of 8 April 2019 were approved.

**19/42 District Councillor's report** – Cllr Lamb reported that the District had adopted its Local Plan. Anglian Water to replace the water main in Church Lane in July; the road will be closed for two weeks. UK Power Networks to cut back the trees under the power lines on Back Lane. Bus 39 to be withdrawn from September. The District Council will be consulting residents on the new bin service in the summer.

**19/43 Highways**

- Pothole outside the school reported again. Clerk to chase Highways.
- The 30mph limit on the Lynn Road is to be extended by Highways next year.
- Grit bin at Mill Corner: Cllr Holt to check it is full.

**19/44 Police** – No report received. The police had reported two burglaries in April by email. PCSO Eve Dunn is to leave the area in June.

**19/45 Playing field** – The annual inspection will be carried out by RoSPA in June, as every year. The mowing contractor will cut the field fortnightly. Cllr Shaw to get quotes for a new bench.

**19/46 Correspondence** – Norfolk ALC training dates – circulated. Letter from a resident about parking on the green – Clerk to reply.

**19/47 Next meeting** – Monday 10 June 2019.
"""

PAPERS = [
    (
        "bramley-holt-pc-2024-09-09.txt",
        BRAMLEY,
        [
            ("pass the request to the road safety team", ["PCSO Dunmore"]),
            ("obtain three quotes for repairing the play area fence", ["Clerk"]),
            ("inspect the footpath stile at Ings Farm and report back", ["Cllr Tate"]),
        ],
    ),
    (
        "glenmorrow-cc-2024-05-14.md",
        GLENMORROW,
        [
            ("reply and ask the Council for more bins", ["Secretary"]),
            ("write to the Council about the state of the harbour railings", ["Chair"]),
        ],
    ),
    (
        "casterbridge-pcp-2024-06-20.txt",
        CASTERBRIDGE,
        [
            ("provide the Panel with the rural crime figures", ["Commissioner"]),  # due: its October meeting
            ("arrange a briefing for members on the estates strategy", ["Chief Executive"]),
        ],
    ),
    (
        "kilmaree-jpc-2024-03-25.txt",
        KILMAREE,
        [
            ("examine the roster for the town centre", ["Chief Superintendent Walsh"]),
            ("circulate the Garda statistics to members after the meeting", ["Meetings Administrator"]),
        ],
    ),
    (
        "oakfield-ra-2024-11-06.txt",
        OAKFIELD,
        [
            ("send the Secretary the list of planned works for 2025", ["Kevin"]),
            ("book Santa and his grotto for the afternoon of the party", ["Mandy"]),
            ("ask the council for a skip day in the spring", []),
        ],
    ),
    (
        "hartcliffe-qlc-2025-03-12.txt",
        HARTCLIFFE,
        [
            ("publish the quarterly monitoring results on the company website", ["Ms Quinn"]),
            ("include a note about the fund in the parish newsletters", ["Chair"]),
            ("arrange a site visit for members", ["Mr Fell"]),
        ],
    ),
    (
        "fenbury-pc-2015-06.md",
        FENBURY,
        [
            ("Overhanging trees on School Lane – Clerk to write to the owner.", ["Clerk"]),
            ("Dog fouling on the playing field: Cllr Crane to put up new signs.", ["Cllr Crane"]),
            ("Invitation to the Borough Council's annual meeting – Chairman to attend.", ["Chairman"]),
        ],
    ),
    (
        "riverside-plg-2009-03-17.md",
        RIVERSIDE,
        [
            (
                "Jean Platt asked whether the team could attend the tenants' meeting on 2 April; PC Wood said she would attend.",
                ["PC Wood"],
            ),  # attend what: the clause before
            ("write to the head teacher of Riverside School to invite a pupil to join", ["Secretary"]),
        ],
    ),
    (
        "westholme-council-2025-02-20.txt",
        WESTHOLME,
        [
            ("lobby the County Council to restore the 42 bus route", ["Council"]),  # its own Council
        ],
    ),
    (
        "hollins-friends-2016-02-23.txt",
        HOLLINS,
        [
            ("ask the rangers whether the path by the stream can be resurfaced", ["Mike"]),
            ("design a poster for the walk", ["Carol"]),
        ],
    ),
    (
        "tarnside-cc-2024-06-03.md",
        TARNSIDE,
        [
            ("bring the figures for the gala weekend", ["PC Hay"]),
            ("draft an objection and circulate it to members", ["Callum"]),
            ("speak to the bus company about the timetable display", ["Ali"]),
        ],
    ),
    (
        "northdale-csp-2024-12-04.md",
        NORTHDALE,
        [
            ("Julie Sands to circulate the knife crime action plan to partners", ["Julie Sands"]),
        ],
    ),
    (
        "wexcombe-pcp-2024-09-12.txt",
        WEXCOMBE,
        [
            ("a breakdown of Taser use by ethnicity", ["Commissioner"]),
        ],
    ),
    (
        "kettleby-pc-2019-05.md",
        KETTLEBY,
        [
            ("Pothole outside the school reported again. Clerk to chase Highways.", ["Clerk"]),
            ("Grit bin at Mill Corner: Cllr Holt to check it is full.", ["Cllr Holt"]),
            ("get quotes for a new bench", ["Cllr Shaw"]),
            ("Letter from a resident about parking on the green – Clerk to reply.", ["Clerk"]),
        ],
    ),
]


@pytest.mark.parametrize(("name", "text", "tasks"), PAPERS, ids=[name for name, _, _ in PAPERS])
def test_only_the_genuine_tasks_of_a_paper_are_actions(
    tmp_path: Path, name: str, text: str, tasks: list[tuple]
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read(path)
    actions = [a for m in extract(doc).meetings for a in m.actions]
    assert all(a.evidence and findable(a.evidence.text, doc.text) for a in actions)
    assert [(a.text, a.owners) for a in actions] == tasks


NOT_TASKS = [
    # an authority's plans, only reported
    "Cllr Kerr said the County Council would write to every household about the new bins.",
    "It was noted that the Borough Council will collect the garden waste bins fortnightly from April.",
    # a public body's own business or routine
    "The neighbourhood team will hold a drop-in surgery at the library on 2 October.",
    "The OPCC will be commissioning a new victims' service from April 2025.",
    "Norfolk County Council to review the speed limit on the A134 next year.",
    # a habit
    "Officers would attend the bonfire night event as in previous years.",
    "Our local officers will be attending the gala as they always do.",
    # an errand of an earlier meeting retold
    "At the last meeting it was agreed that the Clerk would write to the landowner.",
    "Helen had agreed to ask the school about a bird box project, and the school was keen.",
    # a routine done by others, in the passive
    "The grass verges will be cut by the Borough three times this year.",
    # an answer to a question about what will happen elsewhere
    "The Leader replied that the review would be reported to Cabinet in April.",
    # a national body's plans or requests
    "HMICFRS will inspect the force's crime recording in the autumn.",
    "The Home Office has requested a report on the use of Taser from every force.",
    # a rule for a class of people
    "Officers are to record every stop and search on the new mobile app from October.",
    # an organisation's plan on a condition
    "The Force would consider a pilot of drug testing on arrest if funding became available.",
    # a request made before, retold
    "The Commissioner had asked the Chief Constable to find savings of £2m, and the Force had identified them.",
    # a utility's works
    "UK Power Networks to cut back the trees under the power lines on Back Lane.",
]
TASKS = [
    "The Safer Neighbourhood Team is going to speak to the council about the lighting.",  # a party to the meeting
    "Cllr Mycock has kindly agreed to remove the old notice board and dispose of it.",  # agreed now
    "It was agreed that the Chief Constable would present the custody report at the June meeting.",
    "The Chief Superintendent said he would circulate the crime statistics to members.",
    "In response, a copy of the figures would be circulated to members.",  # an answer that comes to the meeting
    "Cllr Shaw said the Council would write to the landowner about the hedge.",  # a parish's own Council
    "The Parish Council will install a new bench on the green.",
    "The Safer Neighbourhood Team is going to speak to the council to see if this can be trialled.",  # no condition
    "Members asked for a breakdown of Taser use by ethnicity at the next meeting.",
]


def test_a_promise_that_answers_the_request_before_it_owns_it():
    found = commitments(
        passage(
            "Members asked for a breakdown of Taser use by ethnicity at the next meeting. "
            "The Commissioner agreed to provide it."
        ),
        date(2024, 9, 12),
        date(2024, 11, 14),
    )
    assert [(a.text, a.owners, a.due) for a in found] == [
        ("a breakdown of Taser use by ethnicity", ["Commissioner"], "2024-11-14")
    ]


def test_a_council_minute_numbered_like_a_log_entry_is_no_action():
    entries = [
        passage("19/40 Election of Chairman – Cllr Ward was elected Chairman and signed the declaration."),
        passage("19/47 Next meeting – Monday 10 June 2019."),
        passage("19/44 Police – No report received. PCSO Eve Dunn is to leave the area in June."),
    ]
    assert [log_entries(e, date(2019, 5, 13), None)[0] for e in entries] == [[], [], []]
    actions, _ = log_entries(
        passage("19/45 Speeding – DCC to provide the figures – June"), date(2019, 5, 13), None
    )
    assert [a.due for a in actions] == ["2019-06"]  # a task under its title stays an entry


@pytest.mark.parametrize("sentence", NOT_TASKS)
def test_a_sentence_that_sets_no_task_here_is_no_action(sentence: str):
    assert commitments(passage(sentence), date(2024, 5, 1), None) == []


@pytest.mark.parametrize("sentence", TASKS)
def test_a_genuine_task_beside_them_stays_one(sentence: str):
    assert len(commitments(passage(sentence), date(2024, 5, 1), None)) == 1


@pytest.mark.parametrize(
    ("entry", "found"),
    [
        ("Action 1 – the Clerk had written to Highways and the pothole was repaired on 2 June.", []),
        ("Action 2: Cllr Becket has spoken to the landowner about the hedge.", []),
        ("Action: None.", []),
        ("Action: For information", []),
        ("Action: Clerk to write to Highways about the pothole.", [["Clerk"]]),
        ("Action: Cllr Becket has agreed to speak to the landowner.", [[]]),
    ],
)
def test_a_marked_entry_that_reports_what_was_done_or_sets_nothing_is_no_action(entry: str, found: list):
    assert [a.owners for a in marked_actions(passage(entry), date(2024, 5, 1), None)] == found


def test_a_blog_posts_comments_record_nothing_of_the_meeting(tmp_path):
    """A residents' write-up ends in its readers' comments ("2 comments", then "I'll chase Bob about it …"): nothing
    after them is the meeting's."""
    path = tmp_path / "panel.md"
    path.write_text(
        """# Larchfield Neighbourhood Panel

Here's what happened at the Larchfield Neighbourhood Panel on Tuesday 22nd May 2012 at the Community Centre.

## Parking

Councillor Akinola said he'll ask the council's parking team about zig-zag lines outside the school.

---

**2 comments**

**Jan** – 28 May 2012 at 6:45 pm
I know! I'll chase Bob about it if I haven't heard by the middle of June.
""",
        encoding="utf-8",
    )
    actions = [a.text for m in extract(read(path)).meetings for a in m.actions]
    assert actions == ["ask the council's parking team about zig-zag lines outside the school"]


def test_a_promise_the_closing_action_table_records_by_initials_is_one_action(tmp_path):
    """A community council's minutes end on a table of the action points ("Draft the response to the Council budget
    consultation | FG | 7 Feb"); "Fiona agreed to draft a response and circulate it by email" earlier is that row,
    named by her forename where the table has her initials; a promise of someone else's stays."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in [
        "Ardmore Community Council",
        "Minutes of the meeting held on Monday 20 January 2025 at 7pm in the Village Hall",
        "Present: Fiona Gunn (Chair), Morag Sim (Secretary), Iain Muir",
        "6. Councillor's report",
        "The Council's budget consultation closes on 7 February; Fiona agreed to draft a response and circulate it "
        "to members by email. Iain will ask the school about the rest centre.",
        "Action points",
    ]:
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Who", "By"]):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["Draft the response to the Council budget consultation", "FG", "7 Feb"]
    ):
        cell.text = text
    path = tmp_path / "ardmore-cc-2025-01-20.docx"
    d.save(path)
    found = [(a.owners, a.text) for m in extract(read(path)).meetings for a in m.actions]
    assert found == [
        (["FG"], "Draft the response to the Council budget consultation"),
        (["Iain"], "ask the school about the rest centre"),
    ]
