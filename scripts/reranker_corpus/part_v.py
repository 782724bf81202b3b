"""Multi-speaker conversations about emergency and public services, with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "v_fire_warehouse_briefing": {
        "turns": [
            (
                "chair",
                "Right, everyone, let's start the briefing. This is the debrief on Tuesday's fire at the paper warehouse on Dock Lane. Priya, you were first in, can you take us through it?",
            ),
            (
                "crew",
                "Sure. We got the call at 2.14 in the morning and we were on scene eight minutes later. The smoke was already coming through the roof on the north side.",
            ),
            ("chair", "How many pumps did we have in the end?"),
            (
                "crew",
                "We started with two, but it went up to six by three o'clock. The aerial platform came from Harbour Street as well.",
            ),
            ("chair", "Right."),
            (
                "officer",
                "Can I add something there? The first estimate from control was four pumps, and that was too low. The paper stock made it spread much faster than anyone expected.",
            ),
            ("chair", "What do we think started it?"),
            (
                "officer",
                "Our best guess is an electrical fault in the charging bay for the forklifts. We ruled out arson fairly quickly, because the CCTV showed nobody near the building after midnight.",
            ),
            ("chair", "And the water supply, I heard that was a problem."),
            (
                "crew",
                "It was. The nearest hydrant on Dock Lane gave us very poor pressure, so we had to run hose from the one by the petrol station, about 300 metres away. That cost us maybe ten minutes.",
            ),
            ("chair", "That one has been reported before, hasn't it?"),
            (
                "officer",
                "Twice, yes. I've logged it with the water company again and asked for a pressure test by the end of the month.",
            ),
            ("chair", "Good. Any injuries?"),
            (
                "crew",
                "One firefighter, Tom, had a minor burn on his wrist where his glove had ridden up. He was checked by the paramedics and he's back on shift tomorrow.",
            ),
            ("chair", "Glad to hear it. What would you do differently next time?"),
            (
                "crew",
                "Honestly, I'd ask for the aerial platform straight away for any warehouse with a flat roof. We lost time waiting for it.",
            ),
            (
                "officer",
                "I'm not sure I agree. Sending it to every flat roof would leave the town without cover. I'd rather we judged it on the stock inside.",
            ),
            ("chair", "Let's take that to the next watch meeting. Thanks, both of you."),
        ],
    },
    "v_fire_barn_briefing": {
        "turns": [
            (
                "chair",
                "Okay, let's get going. Tonight's briefing is about the hay barn fire at Long Acre Farm last Saturday afternoon. Most of you were on it, so this should be quick.",
            ),
            ("crew", "It was a long one, though. We were there for nearly eleven hours."),
            ("chair", "Eleven hours, yes. Mark, how did it start?"),
            (
                "officer",
                "The farmer, Mr Hollis, told us the hay had been baled a bit damp in July. Damp hay heats up on its own, and we think it simply set itself alight. There was no sign of anything electrical in that barn.",
            ),
            ("chair", "How much was lost?"),
            (
                "officer",
                "About 400 bales, and the barn roof. He puts the cost at roughly £60,000, though the insurer hasn't confirmed that yet.",
            ),
            ("chair", "And the animals?"),
            (
                "crew",
                "There were 30 calves in the shed next door. We moved them into the far field with his son before the wind turned. Not one was hurt.",
            ),
            ("chair", "Well done. Water was the big worry, wasn't it?"),
            (
                "crew",
                "It was. There's no hydrant within a mile of the farm, so we pumped from the farm pond. We also had a water carrier come over from Ashby, which took forty minutes to arrive.",
            ),
            ("chair", "Go on."),
            (
                "crew",
                "Once the pond got low, we switched to letting the hay burn out in a controlled way. Pulling it apart with the farmer's tractor was quicker than trying to soak it all.",
            ),
            (
                "officer",
                "That was the right call. Soaking 400 bales could have taken two days and sent dirty run-off from his yard into the stream.",
            ),
            ("chair", "Any injuries to crew?"),
            (
                "crew",
                "Just heat exhaustion. Sam had to sit out for an hour, and we rotated people every 30 minutes after that.",
            ),
            ("chair", "What's the lesson for us?"),
            (
                "officer",
                "I'd like us to visit the bigger farms in the area and talk about hay moisture before next summer. Prevention is cheaper than eleven hours in a field.",
            ),
            (
                "crew",
                "I'd also want a second water carrier on standby for rural jobs. Forty minutes was too long.",
            ),
            ("chair", "Noted. I'll raise both with the area manager."),
        ],
    },
    "v_lifeboat_kayak_rescue": {
        "turns": [
            (
                "host",
                "Welcome back to Coast Hour on Bay Radio. With me is Ellen Marsh, helm of the Porthallow inshore lifeboat, and Gareth from the coastguard. Ellen, tell us about last Sunday.",
            ),
            (
                "helm",
                "Thanks. We were paged at 4.40 in the afternoon for two kayakers who'd been blown out past Gull Point. An offshore wind had picked up to about force 5.",
            ),
            ("host", "Who raised the alarm?"),
            (
                "coastguard",
                "A woman walking her dog on the cliff path. She saw one kayak capsize, called 999 and asked for the coastguard, which is exactly what people should do.",
            ),
            ("host", "How quickly did you get there, Ellen?"),
            (
                "helm",
                "We launched in six minutes and reached them in about twelve. One was still in his kayak, the other was in the water holding on to the upturned boat.",
            ),
            ("host", "That must have been cold."),
            (
                "helm",
                "Very. The sea was around 11 degrees. He'd been in for maybe 25 minutes, and he was shivering badly and struggling to speak.",
            ),
            ("host", "So what did you do?"),
            (
                "helm",
                "We got him aboard first, obviously, and wrapped him in a thermal blanket. Then we towed the other lad in his kayak back to the slipway.",
            ),
            (
                "coastguard",
                "We had an ambulance waiting at the slipway. He was taken to hospital with mild hypothermia and released the same evening.",
            ),
            ("host", "Were they experienced?"),
            (
                "coastguard",
                "Not really. They'd hired the kayaks that morning. They had buoyancy aids, which probably saved the one in the water, but no phone in a waterproof pouch and no way to call for help.",
            ),
            ("host", "What's your advice, then?"),
            (
                "helm",
                "Check the wind direction, not just the strength. An offshore wind feels gentle on the beach but pushes you out fast.",
            ),
            (
                "coastguard",
                "And carry a phone in a proper pouch, or better still a personal locator beacon. They're about £200 now.",
            ),
            ("host", "Good advice. Thanks, both."),
        ],
    },
    "v_lifeboat_yacht_rescue": {
        "turns": [
            (
                "host",
                "This is the Harbour Podcast. Today I'm with Rob Tully, coxswain of the Kestrel Bay all-weather lifeboat, and Aisha, who joined the crew last year. Rob, you had a long night in March.",
            ),
            (
                "coxswain",
                "We did. A 32-foot yacht with three people aboard lost its engine about 14 miles south of the harbour, just after midnight.",
            ),
            ("host", "Why couldn't they sail?"),
            (
                "coxswain",
                "Their mainsail had torn in the afternoon, and with no engine they were drifting towards a sandbank called the Shambles.",
            ),
            ("host", "And the weather?"),
            (
                "crew",
                "Thick fog. Visibility was under 100 metres, so we found them on radar first and then by their torch.",
            ),
            ("host", "Was this your first big job, Aisha?"),
            (
                "crew",
                "My first at night, yes. I'd done two beach searches before, but nothing that far out.",
            ),
            ("host", "How did you feel?"),
            (
                "crew",
                "Nervous on the way out, but the training takes over. My job was to pass the tow line and keep it from snagging.",
            ),
            ("host", "How long was the tow?"),
            (
                "coxswain",
                "Nearly four hours back, at about 5 knots. We could have gone faster, but a tow line under too much strain can snap.",
            ),
            ("host", "Right."),
            (
                "coxswain",
                "We were back in harbour at 5.30 in the morning, and the three of them were cold but fine.",
            ),
            ("host", "People often ask, who pays for all this?"),
            (
                "coxswain",
                "It's all charity money. Our new boat cost 2.4 million, and every penny came from donations and legacies.",
            ),
            ("host", "Would you have done anything differently?"),
            (
                "crew",
                "I think they should have turned back when the sail tore. That was eight hours before they called us.",
            ),
            (
                "coxswain",
                "I'd be a bit kinder. They did call early enough, and they all had lifejackets on. That made our job much easier.",
            ),
            ("host", "Thanks, both."),
        ],
    },
    "v_ambulance_cardiac_debrief": {
        "turns": [
            (
                "manager",
                "Thanks for staying after shift. This is the debrief on the cardiac arrest call from Wednesday evening, the man at the bowls club on Fern Road. I want to understand the timeline.",
            ),
            (
                "dispatcher",
                "The call came in at 7.02. The caller was his friend, very calm, and within 40 seconds we'd confirmed he wasn't breathing.",
            ),
            ("manager", "And then?"),
            (
                "dispatcher",
                "I started talking her through chest compressions straight away. I also told her there was a defibrillator registered at the club, in the kitchen by the door.",
            ),
            ("manager", "Did she know it was there?"),
            (
                "dispatcher",
                "No, she had no idea. Another member ran to get it, and they had it on him within four minutes of the call.",
            ),
            (
                "paramedic",
                "That's the bit that saved him, honestly. The machine gave one shock before we arrived, and he had a pulse back when we walked in.",
            ),
            ("manager", "When did you arrive?"),
            (
                "paramedic",
                "At 7.13, so eleven minutes. We were coming back from a job at the retail park, which is why it wasn't quicker.",
            ),
            (
                "manager",
                "The target for this category is seven minutes on average. Why wasn't there a closer crew?",
            ),
            (
                "dispatcher",
                "Three crews were held at the hospital handing over patients. One of them had been waiting for over two hours.",
            ),
            ("manager", "Right. That's the handover problem again."),
            ("paramedic", "It is. I'd say half our delays this month started in that car park."),
            ("manager", "How is the patient now?"),
            (
                "paramedic",
                "I rang the ward yesterday. He's sitting up and talking, and they expect him home next week.",
            ),
            ("manager", "Brilliant. Anything we'd change?"),
            (
                "dispatcher",
                "I'd like the defibrillator locations to flash up on screen automatically. At the moment I have to search a separate map, and that took me about 30 seconds.",
            ),
            (
                "manager",
                "That's a fair point. I'll ask IT whether the two systems can be linked, though I doubt it'll happen before spring.",
            ),
        ],
    },
    "v_ambulance_snow_debrief": {
        "turns": [
            (
                "manager",
                "Okay, let's do the debrief on the fall at Top Farm Cottages during the snow on Monday. It was a long wait and the family have complained, so I want to get this right.",
            ),
            (
                "clinician",
                "The call came at 10.20 in the morning. An 84-year-old woman had slipped on her back step and couldn't get up. No head injury, breathing fine, so it went in as a lower category.",
            ),
            ("manager", "How long was she waiting in the end?"),
            (
                "clinician",
                "Just over five hours. I rang back three times to check on her, at roughly ninety-minute intervals.",
            ),
            ("manager", "Was that enough?"),
            (
                "clinician",
                "Looking back, no. On the second call her son said she was getting very cold, and I should have upgraded it then.",
            ),
            ("manager", "Why didn't anyone get up the hill sooner?"),
            (
                "driver",
                "The lane up to the cottages was solid ice. Two ambulances tried and one slid into the verge. That's when control asked for us.",
            ),
            ("manager", "Remind everyone who you are."),
            (
                "driver",
                "We're the volunteer 4x4 group. There are 14 of us with suitable vehicles, and we carry paramedics where an ambulance can't go.",
            ),
            ("manager", "When were you called?"),
            (
                "driver",
                "Not until 2.30. I think we could have been there within the hour if we'd been asked in the morning.",
            ),
            (
                "manager",
                "That's fair, and it's on us. Our policy only brings you in after an ambulance has failed to get through.",
            ),
            (
                "clinician",
                "I'd change that. When the gritters haven't done a road, we should call the 4x4 group first.",
            ),
            (
                "manager",
                "I'm not against it, but we'd need to check the insurance for carrying crews on untreated roads.",
            ),
            ("driver", "Our insurance already covers it. We sorted that out after last winter."),
            (
                "manager",
                "Then send me the paperwork and I'll put it to the board. And what happened to the lady?",
            ),
            (
                "clinician",
                "A broken hip. She had surgery on Wednesday and is doing well, but the cold made her recovery harder.",
            ),
        ],
    },
    "v_mountain_rescue_walker": {
        "turns": [
            (
                "host",
                "On today's Outdoors Talk I'm joined by Fiona Reid, who leads the Glen Arran mountain rescue team, and by Colin, who they rescued in October. Colin, what happened?",
            ),
            (
                "walker",
                "I was coming down from the ridge on my own, about four in the afternoon, when I went over on my ankle on wet rock. I heard something crack.",
            ),
            ("host", "Ouch."),
            (
                "walker",
                "I couldn't put any weight on it. The cloud had come down too, so I could barely see the path.",
            ),
            ("host", "Fiona, how did the call reach you?"),
            (
                "leader",
                "Colin dialled 999 and asked for the police, then mountain rescue. His phone sent us a location that was accurate to about ten metres, which saved us a long search.",
            ),
            ("host", "How many of you went up?"),
            (
                "leader",
                "Eighteen volunteers in the end. Carrying a stretcher down steep ground needs at least twelve, because you swap over every few hundred metres.",
            ),
            ("host", "How long did it take?"),
            (
                "leader",
                "We reached him at 6.15, and we had him at the road by half past ten. The descent was the slow part.",
            ),
            ("walker", "It felt much longer than that. I was cold, even with my spare fleece on."),
            ("host", "Did you consider a helicopter?"),
            (
                "leader",
                "We asked, but the cloud was too low for it to fly in the glen. So it was the stretcher or nothing.",
            ),
            ("host", "Colin, what would you tell other walkers?"),
            (
                "walker",
                "Don't skip the bivvy bag. I had one, and Fiona said it probably kept my temperature up.",
            ),
            (
                "leader",
                "He did most things right, actually. He'd told his wife his route and his expected time back, which is what we always ask.",
            ),
            ("host", "And how's the ankle?"),
            (
                "walker",
                "Broken in two places. I'm out of the cast now, and I've been back to thank the team with a cake.",
            ),
            ("leader", "A very good cake, too."),
        ],
    },
    "v_mountain_rescue_climber": {
        "turns": [
            (
                "chair",
                "Right, team, let's debrief Saturday's callout in Raven Gully before we go home. Jess, you were the first party on scene.",
            ),
            (
                "member",
                "Yes. The call came through the police at 1.50. A climber had fallen about 20 metres on the ice pitch, and his partner had managed to lower him to a ledge.",
            ),
            ("chair", "Where exactly?"),
            (
                "member",
                "Halfway up the gully, at around 800 metres. We had to come in from the top rather than up the snow slope below it.",
            ),
            ("chair", "Why from the top?"),
            (
                "member",
                "The avalanche forecast was considerable on north-east slopes, and the lower approach crosses exactly that kind of slope. Coming over from the summit plateau was longer but safer.",
            ),
            ("chair", "Good. Dr Patel, how was he?"),
            (
                "medic",
                "Suspected broken pelvis and a head wound. He was conscious but confused, and his helmet was split down one side.",
            ),
            ("chair", "So the helmet did its job."),
            ("medic", "It did. Without it, I doubt we'd be talking about a recovery."),
            ("chair", "And the helicopter?"),
            (
                "member",
                "The coastguard helicopter came in at 4.20, when the cloud lifted for about twenty minutes. They winched him straight off the ledge.",
            ),
            ("chair", "Lucky window."),
            (
                "member",
                "Very. If the cloud hadn't lifted, we'd planned to lower him 300 metres on ropes, which would have taken most of the night.",
            ),
            ("chair", "What about his partner?"),
            (
                "member",
                "She walked out with us. She was shaken but unhurt, and she'd done really well to keep him warm on the ledge.",
            ),
            ("chair", "Anything we need to fix?"),
            (
                "medic",
                "The vacuum mattress in the gully pack has a slow leak. It needs replacing, and they're about £900.",
            ),
            (
                "member",
                "And our radios dropped out in the gully. I'd like a relay set up on the plateau for jobs on that face.",
            ),
            ("chair", "Agreed on both. I'll put them to the committee on Thursday."),
        ],
    },
    "v_police_bike_thefts": {
        "turns": [
            (
                "chair",
                "Good evening, and welcome to the Millbrook ward police meeting. We've got Sergeant Okafor with us, and the main item tonight is bike theft. Sergeant?",
            ),
            (
                "sergeant",
                "Thank you. Since January we've had 46 bikes reported stolen in the ward, compared with 19 over the same months last year. Most were taken from outside the station.",
            ),
            ("resident", "Forty-six? I'd have guessed about ten."),
            (
                "sergeant",
                "A lot of people don't report it, so the real number is probably higher still.",
            ),
            ("chair", "Who's doing it?"),
            (
                "sergeant",
                "We think it's mainly one small group using battery angle grinders. They can get through a cheap cable lock in under a minute.",
            ),
            (
                "resident",
                "My son's bike went in March, locked to the railings on Station Road. We never heard anything back.",
            ),
            ("sergeant", "I'm sorry about that. Did he have the frame number recorded?"),
            ("resident", "No, we didn't know we needed it."),
            (
                "sergeant",
                "That's the biggest problem for us. We recovered 12 bikes from a lock-up in April, but we could only return three, because nobody could prove which bike was theirs.",
            ),
            ("chair", "So what do you want residents to do?"),
            (
                "sergeant",
                "Register the frame number on the national bike register, which is free. And use a D-lock as well as a cable, because thieves go for the easy ones.",
            ),
            (
                "resident",
                "What about cameras at the station? The rail company promised them last year.",
            ),
            (
                "sergeant",
                "Two cameras went up in May, but they face the ticket office, not the racks. We've asked for them to be moved.",
            ),
            ("resident", "Honestly, that seems like a basic mistake."),
            (
                "sergeant",
                "I don't disagree. We're also running a free bike marking event on the 14th of July at the library, from ten till two.",
            ),
            ("chair", "Thank you, Sergeant. We'll put the details in the newsletter."),
        ],
    },
    "v_police_shed_breakins": {
        "turns": [
            (
                "chair",
                "Welcome, everyone, to the Ashgrove neighbourhood meeting. PCSO Lewis is here to talk about the shed break-ins, which I know is why most of you came.",
            ),
            (
                "pcso",
                "Thanks. Over the last two months we've had 23 sheds and garages broken into, mostly on the streets backing onto the allotments. Power tools and garden machinery are the main targets.",
            ),
            (
                "resident",
                "They took my lawnmower and a pressure washer. Worth about £700 together.",
            ),
            (
                "pcso",
                "I'm sorry. That matches the pattern. They come in over the back fences between midnight and four, and they seem to know which sheds have good kit in them.",
            ),
            ("resident", "How would they know that?"),
            (
                "pcso",
                "We suspect they're looking during the day, from the allotment path. Some people leave shed doors open while they're working in the garden.",
            ),
            ("chair", "Have there been any arrests?"),
            (
                "pcso",
                "One, a man in his twenties, stopped with a van full of tools on the ring road in early June. He's on bail, but the break-ins haven't stopped, so we don't think he worked alone.",
            ),
            ("resident", "I heard it was kids from the estate."),
            (
                "pcso",
                "Honestly, there's no evidence of that at all. The tools are being sold on quickly, which points to adults with contacts.",
            ),
            ("chair", "What can people do?"),
            (
                "pcso",
                "Fit a proper padlock with a hasp, not the screws that came with the shed. A cheap battery alarm is about £15 and it scares most of them off.",
            ),
            ("resident", "What about lighting?"),
            (
                "pcso",
                "A motion light helps, but point it at the shed door, not your neighbour's bedroom.",
            ),
            ("chair", "And reporting?"),
            (
                "pcso",
                "Please report every one, even if nothing was taken. More reports mean more patrol hours for this area, and we got an extra eight hours a week last month because of your calls.",
            ),
            (
                "resident",
                "That's good to know. I didn't bother reporting the first attempt on mine.",
            ),
            ("chair", "Thanks, everyone. The next meeting is in September."),
        ],
    },
    "v_council_pothole_call": {
        "turns": [
            (
                "agent",
                "Good morning, Westbury Council highways, you're speaking to Nadia. How can I help?",
            ),
            (
                "caller",
                "Hi, I want to report a pothole. Well, it's more of a crater, on Kings Lane, just outside number 58.",
            ),
            ("agent", "Okay. Can you tell me roughly how big it is?"),
            (
                "caller",
                "About a metre across and maybe 10 centimetres deep. I measured it with my son's ruler this morning.",
            ),
            (
                "agent",
                "That's helpful, thank you. Anything that deep on a road goes into our urgent category, so an inspector should look at it within 48 hours.",
            ),
            ("caller", "And then it gets fixed?"),
            (
                "agent",
                "If it's confirmed, a temporary repair is made within five working days. A proper permanent patch can take up to 28 days after that.",
            ),
            ("caller", "Why two repairs? That seems like a waste."),
            (
                "agent",
                "I understand. The temporary one makes it safe quickly, and the permanent one needs a crew with the right machine. We'd rather not leave a hole open while we wait.",
            ),
            (
                "caller",
                "Fair enough. The other thing is my tyre. I hit it on Friday night and it burst.",
            ),
            (
                "agent",
                "I'm sorry to hear that. You can make a claim for damage, but I should be honest with you.",
            ),
            ("caller", "Go on."),
            (
                "agent",
                "If we didn't know about the pothole and the road was inspected on schedule, the claim is usually refused. Has anyone reported it before?",
            ),
            ("caller", "My neighbour says she rang about it in January."),
            (
                "agent",
                "Let me check. Yes, there's a report from the 9th of January, marked for monitoring, not repair.",
            ),
            ("caller", "So you knew about it."),
            ("agent", "We did, and that may help your claim. How much was the tyre?"),
            ("caller", "It was £135, fitted."),
            (
                "agent",
                "Keep that receipt and a photo of the hole with something next to it for scale. The claim form is on the website under roads and travel. Your reference for today's report is HW 40217.",
            ),
            ("caller", "Thanks, Nadia. That's more helpful than I expected."),
        ],
    },
    "v_council_road_closure_call": {
        "turns": [
            ("agent", "Hello, Eastmoor Council roads team, this is Ben speaking."),
            (
                "caller",
                "Hello, Ben. I've had a letter saying Mill Street is being resurfaced and closed for a week. I live on it, and I need to know how I get my car out.",
            ),
            (
                "agent",
                "Let me pull that up. Yes, Mill Street is closed from Monday the 3rd to Friday the 7th of March, from eight in the morning to six at night.",
            ),
            ("caller", "The letter said it was starting in February."),
            (
                "agent",
                "That was the first plan, but the gas board booked the street for a pipe repair, so we moved ours back four weeks.",
            ),
            (
                "caller",
                "Right. The problem is my wife uses a wheelchair, and she has hospital appointments on the Tuesday and the Thursday.",
            ),
            (
                "agent",
                "Okay, that's important. The crews can let residents through at set times, but for medical appointments we can do better.",
            ),
            ("caller", "How?"),
            (
                "agent",
                "If you give me the times, I'll put a note on the traffic management plan so a marshal walks your car out past the works. Residents with a blue badge get priority.",
            ),
            ("caller", "Her appointments are at ten on both days, so we'd leave at half nine."),
            ("agent", "Noted for half past nine. Where will you park overnight?"),
            ("caller", "Can't I leave the car on my drive?"),
            (
                "agent",
                "You can, but the new surface needs about two hours to cool before anyone drives on it. If you're coming home after six, you'll be fine.",
            ),
            ("caller", "And why now? The road isn't that bad."),
            (
                "agent",
                "It's been scored as poor in our survey for two years. Patching it again would cost about £18,000 over five years, while resurfacing costs about £42,000 but lasts fifteen years or more.",
            ),
            ("caller", "I'd rather you did the holes on the main road first, to be honest."),
            (
                "agent",
                "I hear that from a lot of people. The main road is booked for the summer, when there's less traffic with the schools off.",
            ),
            ("caller", "Fine. Thanks, Ben."),
        ],
    },
    "v_lost_property_laptop": {
        "turns": [
            ("clerk", "Good afternoon, Northfield Council lost property, Maureen speaking."),
            (
                "caller",
                "Hi, I think I left my laptop bag in the park on Saturday, near the bandstand. Someone said items from the parks get sent to you.",
            ),
            ("clerk", "They do, usually within two days. Can you describe the bag?"),
            (
                "caller",
                "Black rucksack, grey zips, with a laptop inside and a library card in the front pocket.",
            ),
            (
                "clerk",
                "We've had three black rucksacks in this week, so I'll need a bit more. What make is the laptop?",
            ),
            (
                "caller",
                "It's a silver one, fourteen-inch, and there's a sticker of a red kite on the lid.",
            ),
            (
                "clerk",
                "Ah, the kite sticker. Yes, I think we have it. A park warden handed it in on Sunday morning.",
            ),
            ("caller", "Oh, that's a huge relief."),
            (
                "clerk",
                "Before I release it, I'll need proof it's yours. The simplest thing is to unlock the laptop in front of me.",
            ),
            ("caller", "I can do that. When are you open?"),
            (
                "clerk",
                "Monday to Friday, nine till four, but we close for lunch between one and two.",
            ),
            ("caller", "Is there a charge?"),
            (
                "clerk",
                "There's a handling fee of £5 for most items, and £10 for electronics. We waive it if you're on benefits.",
            ),
            ("caller", "That's fine. How long would you have kept it?"),
            (
                "clerk",
                "Three months. After that, items are either given to charity or, for laptops, wiped and recycled.",
            ),
            ("caller", "Can a friend pick it up for me? I work till five."),
            (
                "clerk",
                "Yes, if they bring a signed note from you, your ID, and their own ID. But they won't be able to unlock it, so send something with the serial number on it.",
            ),
            ("caller", "I've got the box at home with the serial number on it."),
            ("clerk", "Perfect, send that with them."),
        ],
    },
    "v_dog_warden_stray": {
        "turns": [
            (
                "caller",
                "Hello, is that the dog warden? My dog got out of the garden last night and I've been looking everywhere.",
            ),
            (
                "warden",
                "Yes, this is Jo, the animal warden for the east of the district. What's the dog like?",
            ),
            (
                "caller",
                "She's a brown and white spaniel called Bramble, about four years old. She's wearing a blue collar.",
            ),
            (
                "warden",
                "We picked up a spaniel on Cherry Street at about seven this morning, but she had no collar on.",
            ),
            ("caller", "It might have come off. She wriggles out of it sometimes."),
            ("warden", "Was she microchipped?"),
            ("caller", "Yes, when she was a puppy."),
            (
                "warden",
                "Then that's odd, because the chip we scanned came back registered to someone in Leeds.",
            ),
            (
                "caller",
                "Oh. We bought her from a family up there. I suppose we never changed the details.",
            ),
            (
                "warden",
                "That happens a lot. It's actually a legal requirement to keep the chip details up to date, and you could be fined up to £500 if you don't. I'm not going to do that today, but please update it this week.",
            ),
            ("caller", "I will. Where is she now?"),
            (
                "warden",
                "She's at Hollybank kennels on the bypass. They're open for collections from nine until five, seven days a week.",
            ),
            ("caller", "Is there a fee?"),
            (
                "warden",
                "Yes. There's a statutory fee of £25, plus our collection charge of £45, plus £18 a day for kennelling. If you collect today, it's £88.",
            ),
            ("caller", "That's a lot more than I thought."),
            ("warden", "I know. The kennel charge goes up every day, so the sooner the better."),
            ("caller", "What if I couldn't pay straight away?"),
            (
                "warden",
                "We can set up a payment plan. What we can't do is keep her indefinitely, because after seven days a stray can be rehomed.",
            ),
            ("caller", "I'll be there this afternoon. What do I need to bring?"),
            (
                "warden",
                "Photo ID, and something that shows she's yours, like vet records or photos of her with you.",
            ),
            ("caller", "I've got hundreds of photos. Thank you so much, Jo."),
        ],
    },
}

QUESTIONS = [
    # v_fire_warehouse_briefing
    (
        "What time was the warehouse fire on Dock Lane reported?",
        "v_fire_warehouse_briefing",
        ["We got the call"],
    ),
    (
        "How many fire engines ended up at the paper warehouse fire?",
        "v_fire_warehouse_briefing",
        ["We started with two"],
    ),
    (
        "How many pumps did control originally think the warehouse fire needed?",
        "v_fire_warehouse_briefing",
        ["The first estimate from"],
    ),
    (
        "What is believed to have started the paper warehouse fire?",
        "v_fire_warehouse_briefing",
        ["Our best guess is"],
    ),
    (
        "Why was arson ruled out at the warehouse?",
        "v_fire_warehouse_briefing",
        ["We ruled out arson"],
    ),
    (
        "Why did the crews lose time getting water at Dock Lane?",
        "v_fire_warehouse_briefing",
        ["The nearest hydrant on"],
    ),
    (
        "What has been done about the weak hydrant near the warehouse?",
        "v_fire_warehouse_briefing",
        ["I've logged it with"],
    ),
    (
        "Was any firefighter hurt at the paper warehouse?",
        "v_fire_warehouse_briefing",
        ["One firefighter, Tom, had"],
    ),
    (
        "Why did the officer object to sending the aerial platform to every flat-roofed warehouse?",
        "v_fire_warehouse_briefing",
        ["Sending it to every"],
    ),
    # v_fire_barn_briefing
    (
        "How long were firefighters at Long Acre Farm?",
        "v_fire_barn_briefing",
        ["We were there for"],
    ),
    (
        "Why did the hay barn catch fire?",
        "v_fire_barn_briefing",
        ["The farmer, Mr Hollis,", "Damp hay heats up"],
    ),
    (
        "How much damage did the barn fire do in money terms?",
        "v_fire_barn_briefing",
        ["He puts the cost"],
    ),
    (
        "What happened to the calves during the barn fire?",
        "v_fire_barn_briefing",
        ["We moved them into"],
    ),
    (
        "Where did the crew get their water at the farm fire?",
        "v_fire_barn_briefing",
        ["There's no hydrant within"],
    ),
    (
        "How long did it take the water tanker from Ashby to turn up?",
        "v_fire_barn_briefing",
        ["We also had a"],
    ),
    (
        "Why did they decide not to drench all the hay bales?",
        "v_fire_barn_briefing",
        ["Soaking 400 bales could"],
    ),
    (
        "Did any crew member need a break at the hay barn fire?",
        "v_fire_barn_briefing",
        ["Sam had to sit"],
    ),
    (
        "What prevention work with local farmers did the officer propose?",
        "v_fire_barn_briefing",
        ["I'd like us to"],
    ),
    # v_lifeboat_kayak_rescue
    (
        "What time was the inshore lifeboat called out for the kayakers?",
        "v_lifeboat_kayak_rescue",
        ["We were paged at"],
    ),
    (
        "Who spotted the kayakers getting into trouble?",
        "v_lifeboat_kayak_rescue",
        ["A woman walking her"],
    ),
    (
        "How long did it take the lifeboat to get to the kayakers?",
        "v_lifeboat_kayak_rescue",
        ["We launched in six"],
    ),
    (
        "How cold was the sea when the kayak capsized?",
        "v_lifeboat_kayak_rescue",
        ["The sea was around"],
    ),
    (
        "How long was the capsized kayaker in the water?",
        "v_lifeboat_kayak_rescue",
        ["He'd been in for"],
    ),
    (
        "What happened to the kayaker once he reached the slipway?",
        "v_lifeboat_kayak_rescue",
        ["He was taken to"],
    ),
    (
        "What safety equipment did the kayakers have and what were they missing?",
        "v_lifeboat_kayak_rescue",
        ["They had buoyancy aids,"],
    ),
    (
        "Why is a wind blowing off the land so risky for kayakers?",
        "v_lifeboat_kayak_rescue",
        ["An offshore wind feels"],
    ),
    (
        "What does a personal locator beacon cost?",
        "v_lifeboat_kayak_rescue",
        ["They're about £200 now."],
    ),
    # v_lifeboat_yacht_rescue
    (
        "How far from the harbour was the yacht when its engine failed?",
        "v_lifeboat_yacht_rescue",
        ["A 32-foot yacht with"],
    ),
    (
        "Why couldn't the yacht just sail home?",
        "v_lifeboat_yacht_rescue",
        ["Their mainsail had torn"],
    ),
    (
        "How did the lifeboat locate the yacht in the fog?",
        "v_lifeboat_yacht_rescue",
        ["Visibility was under 100"],
    ),
    (
        "What was Aisha responsible for on the yacht rescue?",
        "v_lifeboat_yacht_rescue",
        ["My job was to"],
    ),
    (
        "Why did the lifeboat tow the yacht so slowly?",
        "v_lifeboat_yacht_rescue",
        ["We could have gone"],
    ),
    (
        "What time did the lifeboat and the yacht get back in?",
        "v_lifeboat_yacht_rescue",
        ["We were back in"],
    ),
    (
        "How much did the new all-weather lifeboat cost and who paid for it?",
        "v_lifeboat_yacht_rescue",
        ["It's all charity money.", "Our new boat cost"],
    ),
    (
        "What did the newer crew member think the yacht sailors should have done?",
        "v_lifeboat_yacht_rescue",
        ["I think they should"],
    ),
    (
        "Why was the coxswain less critical of the yacht crew?",
        "v_lifeboat_yacht_rescue",
        ["They did call early"],
    ),
    # v_ambulance_cardiac_debrief
    (
        "What time did the call about the man at the bowls club come in?",
        "v_ambulance_cardiac_debrief",
        ["The call came in"],
    ),
    (
        "Who rang 999 for the man who collapsed at the bowls club?",
        "v_ambulance_cardiac_debrief",
        ["The caller was his"],
    ),
    (
        "Where was the bowls club's defibrillator kept?",
        "v_ambulance_cardiac_debrief",
        ["I also told her"],
    ),
    (
        "How quickly was the defibrillator put on the patient?",
        "v_ambulance_cardiac_debrief",
        ["Another member ran to"],
    ),
    (
        "How long did the ambulance take to reach the bowls club?",
        "v_ambulance_cardiac_debrief",
        ["At 7.13, so eleven"],
    ),
    (
        "What is the average response target for a cardiac arrest?",
        "v_ambulance_cardiac_debrief",
        ["The target for this"],
    ),
    (
        "Why was no nearer crew free for the cardiac arrest?",
        "v_ambulance_cardiac_debrief",
        ["Three crews were held"],
    ),
    (
        "How is the man from the bowls club doing now?",
        "v_ambulance_cardiac_debrief",
        ["He's sitting up and"],
    ),
    (
        "What improvement to the dispatch screen did the call handler ask for?",
        "v_ambulance_cardiac_debrief",
        ["I'd like the defibrillator"],
    ),
    (
        "Does the manager expect the defibrillator map change to happen soon?",
        "v_ambulance_cardiac_debrief",
        ["I'll ask IT whether"],
    ),
    # v_ambulance_snow_debrief
    (
        "Why was the fall at Top Farm Cottages given a lower priority?",
        "v_ambulance_snow_debrief",
        ["No head injury, breathing"],
    ),
    (
        "How long did the elderly woman who fell in the snow wait for help?",
        "v_ambulance_snow_debrief",
        ["Just over five hours."],
    ),
    (
        "How often did control phone back to check on the woman who fell?",
        "v_ambulance_snow_debrief",
        ["I rang back three"],
    ),
    (
        "At what point should the fall call have been upgraded?",
        "v_ambulance_snow_debrief",
        ["On the second call"],
    ),
    (
        "Why couldn't the ambulances get up to the cottages?",
        "v_ambulance_snow_debrief",
        ["The lane up to", "Two ambulances tried and"],
    ),
    (
        "How many drivers are in the volunteer four-wheel-drive group?",
        "v_ambulance_snow_debrief",
        ["There are 14 of"],
    ),
    (
        "When were the 4x4 volunteers finally called in?",
        "v_ambulance_snow_debrief",
        ["Not until 2.30."],
    ),
    (
        "What change to the policy did the clinician suggest for snowy days?",
        "v_ambulance_snow_debrief",
        ["When the gritters haven't"],
    ),
    (
        "What worried the manager about bringing the volunteers in earlier?",
        "v_ambulance_snow_debrief",
        ["I'm not against it,"],
    ),
    (
        "What injury did the woman at Top Farm Cottages have?",
        "v_ambulance_snow_debrief",
        ["A broken hip."],
    ),
    # v_mountain_rescue_walker
    (
        "How did Colin hurt himself coming off the ridge?",
        "v_mountain_rescue_walker",
        ["I was coming down"],
    ),
    (
        "How precise was the location from Colin's phone?",
        "v_mountain_rescue_walker",
        ["His phone sent us"],
    ),
    (
        "How many volunteers went out for Colin?",
        "v_mountain_rescue_walker",
        ["Eighteen volunteers in the"],
    ),
    (
        "Why do you need so many people to carry a stretcher off a hill?",
        "v_mountain_rescue_walker",
        ["Carrying a stretcher down"],
    ),
    (
        "How long did it take to get Colin down to the road?",
        "v_mountain_rescue_walker",
        ["We reached him at"],
    ),
    ("Why didn't a helicopter pick Colin up?", "v_mountain_rescue_walker", ["We asked, but the"]),
    (
        "What bit of kit does Colin tell other walkers to carry?",
        "v_mountain_rescue_walker",
        ["Don't skip the bivvy"],
    ),
    (
        "What did the team leader say Colin did right before setting off?",
        "v_mountain_rescue_walker",
        ["He'd told his wife"],
    ),
    ("How badly was Colin's ankle broken?", "v_mountain_rescue_walker", ["Broken in two places."]),
    # v_mountain_rescue_climber
    (
        "How far did the climber fall in Raven Gully?",
        "v_mountain_rescue_climber",
        ["A climber had fallen"],
    ),
    (
        "Why did the team approach the injured climber from the summit side?",
        "v_mountain_rescue_climber",
        ["The avalanche forecast was"],
    ),
    (
        "What injuries did the ice climber have?",
        "v_mountain_rescue_climber",
        ["Suspected broken pelvis and"],
    ),
    (
        "How much difference did the climber's helmet make?",
        "v_mountain_rescue_climber",
        ["Without it, I doubt"],
    ),
    (
        "When was the climber lifted off the ledge?",
        "v_mountain_rescue_climber",
        ["The coastguard helicopter came"],
    ),
    (
        "What was the backup plan if the helicopter couldn't get in?",
        "v_mountain_rescue_climber",
        ["If the cloud hadn't"],
    ),
    (
        "How was the climber's partner after the fall?",
        "v_mountain_rescue_climber",
        ["She was shaken but"],
    ),
    (
        "Which piece of medical kit needs replacing and how much will it cost?",
        "v_mountain_rescue_climber",
        ["The vacuum mattress in", "It needs replacing, and"],
    ),
    (
        "What communications problem did the team have in the gully?",
        "v_mountain_rescue_climber",
        ["And our radios dropped"],
    ),
    # v_police_bike_thefts
    (
        "How many bikes have been stolen in Millbrook ward this year?",
        "v_police_bike_thefts",
        ["Since January we've had"],
    ),
    (
        "How many bike thefts did the resident expect there to be?",
        "v_police_bike_thefts",
        ["I'd have guessed about"],
    ),
    (
        "How are the bike thieves getting through locks?",
        "v_police_bike_thefts",
        ["We think it's mainly"],
    ),
    (
        "Where was the resident's son's bike taken from?",
        "v_police_bike_thefts",
        ["My son's bike went"],
    ),
    (
        "Why were most of the recovered bikes never given back?",
        "v_police_bike_thefts",
        ["We recovered 12 bikes"],
    ),
    (
        "What does the sergeant advise cyclists to do to protect their bikes?",
        "v_police_bike_thefts",
        ["Register the frame number", "And use a D-lock"],
    ),
    (
        "What is wrong with the new cameras at the station?",
        "v_police_bike_thefts",
        ["Two cameras went up"],
    ),
    ("When and where is the bike marking event?", "v_police_bike_thefts", ["We're also running a"]),
    # v_police_shed_breakins
    (
        "How many sheds and garages have been broken into in Ashgrove?",
        "v_police_shed_breakins",
        ["Over the last two"],
    ),
    (
        "What did the resident lose from their shed and what was it worth?",
        "v_police_shed_breakins",
        ["They took my lawnmower", "Worth about £700 together."],
    ),
    (
        "At what time of night do the shed burglars strike?",
        "v_police_shed_breakins",
        ["They come in over"],
    ),
    (
        "How do the burglars know which sheds have good tools?",
        "v_police_shed_breakins",
        ["We suspect they're looking"],
    ),
    (
        "Has anyone been arrested over the shed break-ins?",
        "v_police_shed_breakins",
        ["One, a man in"],
    ),
    (
        "Why doesn't the PCSO believe teenagers from the estate are to blame?",
        "v_police_shed_breakins",
        ["Honestly, there's no evidence", "The tools are being"],
    ),
    ("How much does a shed alarm cost?", "v_police_shed_breakins", ["A cheap battery alarm"]),
    (
        "Where should you point a security light on your shed?",
        "v_police_shed_breakins",
        ["A motion light helps,"],
    ),
    (
        "Why should people report break-in attempts even when nothing is stolen?",
        "v_police_shed_breakins",
        ["More reports mean more"],
    ),
    # v_council_pothole_call
    (
        "Where exactly is the pothole the caller phoned about?",
        "v_council_pothole_call",
        ["Well, it's more of"],
    ),
    ("How large is the hole on Kings Lane?", "v_council_pothole_call", ["About a metre across"]),
    (
        "How soon will the council inspect the Kings Lane pothole?",
        "v_council_pothole_call",
        ["Anything that deep on"],
    ),
    (
        "How long can a permanent pothole repair take?",
        "v_council_pothole_call",
        ["A proper permanent patch"],
    ),
    (
        "Why does the council fix a pothole twice?",
        "v_council_pothole_call",
        ["The temporary one makes"],
    ),
    (
        "When is a claim for pothole damage usually rejected?",
        "v_council_pothole_call",
        ["If we didn't know"],
    ),
    (
        "When had the Kings Lane pothole first been reported to the council?",
        "v_council_pothole_call",
        ["Yes, there's a report"],
    ),
    (
        "How much did the caller's burst tyre cost to replace?",
        "v_council_pothole_call",
        ["It was £135, fitted."],
    ),
    (
        "What evidence should the caller keep for the damage claim?",
        "v_council_pothole_call",
        ["Keep that receipt and"],
    ),
    # v_council_road_closure_call
    (
        "What are the dates and hours of the Mill Street closure?",
        "v_council_road_closure_call",
        ["Yes, Mill Street is"],
    ),
    (
        "Why was the Mill Street resurfacing pushed back from February?",
        "v_council_road_closure_call",
        ["That was the first"],
    ),
    (
        "How will the caller's wife get out to her hospital appointments during the roadworks?",
        "v_council_road_closure_call",
        ["If you give me"],
    ),
    (
        "What time does the couple need to leave on appointment days?",
        "v_council_road_closure_call",
        ["Her appointments are at"],
    ),
    (
        "Can residents drive onto their drives straight after the new surface is laid?",
        "v_council_road_closure_call",
        ["You can, but the"],
    ),
    (
        "Why is the council resurfacing Mill Street instead of just patching it?",
        "v_council_road_closure_call",
        ["Patching it again would"],
    ),
    (
        "What did the caller think the council should repair first?",
        "v_council_road_closure_call",
        ["I'd rather you did"],
    ),
    (
        "When is the work on the main road planned?",
        "v_council_road_closure_call",
        ["The main road is"],
    ),
    # v_lost_property_laptop
    ("Where did the caller leave the laptop bag?", "v_lost_property_laptop", ["Hi, I think I"]),
    (
        "What detail helped the clerk match the caller's laptop?",
        "v_lost_property_laptop",
        ["It's a silver one,"],
    ),
    ("Who handed in the lost laptop?", "v_lost_property_laptop", ["A park warden handed"]),
    (
        "How can the owner prove the laptop belongs to them?",
        "v_lost_property_laptop",
        ["The simplest thing is"],
    ),
    (
        "When is the council lost property office open?",
        "v_lost_property_laptop",
        ["Monday to Friday, nine"],
    ),
    (
        "How much does it cost to get a lost laptop back from the council?",
        "v_lost_property_laptop",
        ["There's a handling fee"],
    ),
    (
        "What happens to laptops that nobody claims?",
        "v_lost_property_laptop",
        ["After that, items are"],
    ),
    (
        "What does a friend need to bring to collect the laptop for the owner?",
        "v_lost_property_laptop",
        ["Yes, if they bring", "But they won't be"],
    ),
    # v_dog_warden_stray
    ("What does the missing spaniel look like?", "v_dog_warden_stray", ["She's a brown and"]),
    ("Where and when did the warden find the spaniel?", "v_dog_warden_stray", ["We picked up a"]),
    (
        "Why was the dog's microchip registered to someone in Leeds?",
        "v_dog_warden_stray",
        ["We bought her from"],
    ),
    (
        "What is the fine for not keeping a dog's chip details up to date?",
        "v_dog_warden_stray",
        ["It's actually a legal"],
    ),
    (
        "Where is the stray spaniel being kept?",
        "v_dog_warden_stray",
        ["She's at Hollybank kennels"],
    ),
    (
        "How much will it cost to get the dog back today?",
        "v_dog_warden_stray",
        ["There's a statutory fee", "If you collect today,"],
    ),
    (
        "What happens if the owner can't afford the charges straight away?",
        "v_dog_warden_stray",
        ["We can set up"],
    ),
    (
        "How long before an unclaimed stray dog can go to a new home?",
        "v_dog_warden_stray",
        ["What we can't do"],
    ),
    (
        "What should the owner take with them to collect the dog?",
        "v_dog_warden_stray",
        ["Photo ID, and something"],
    ),
]
