"""Sports and hobby conversations (cricket, cycling, rowing, model railways, birdwatching, climbing, knitting) with paraphrased questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "k_cricket_pavilion_roof": {
        "turns": [
            (
                "chair",
                "Right, let's start. First item is the pavilion roof, which leaked again during the Saturday match against Ashby. Derek, how bad is it?",
            ),
            (
                "groundsman",
                "Worse than last year. The water came through above the home dressing room and ruined two of the kit bags stored there. I think the felt has simply worn out after about 25 years.",
            ),
            ("chair", "Have we had any quotes?"),
            (
                "treasurer",
                "Two so far. Hallam Roofing want £8,400 for a full replacement with a proper membrane, and a local handyman offered to patch it for £900.",
            ),
            ("chair", "That's quite a gap."),
            (
                "treasurer",
                "It is. My worry is that the patch buys us one season at most, and then we're back here having the same conversation.",
            ),
            (
                "secretary",
                "Could we apply for a grant? The county cricket board has a facilities fund that opens in March.",
            ),
            ("chair", "What's the most they give?"),
            (
                "secretary",
                "Up to half the cost, capped at £5,000, but they want to see the club putting in its own money first.",
            ),
            (
                "treasurer",
                "We have about £6,200 in reserves, so we could cover our half without touching the bar account.",
            ),
            (
                "groundsman",
                "Whatever we do, it needs doing before April. The first home fixture is on the 19th and I won't have players changing under buckets.",
            ),
            ("chair", "Fair enough."),
            (
                "secretary",
                "I'm not keen on spending nearly all the reserves, to be honest. If the mower breaks again we'd have nothing left.",
            ),
            ("treasurer", "That's a fair point, but the mower is only three years old."),
            (
                "chair",
                "Then let's do this. We ask the handyman to patch it now so we're safe for the spring, and we put in the grant application for a full replacement in the autumn.",
            ),
            ("groundsman", "I can live with that."),
            ("chair", "Good. Margaret, can you draft the application by the end of February?"),
            ("secretary", "Yes, I'll circulate it to everyone before I send it."),
        ],
    },
    "k_cricket_juniors_teas": {
        "turns": [
            (
                "chair",
                "Next item is the junior section. Priya, you've been running it since May. How are the numbers looking?",
            ),
            (
                "juniors",
                "Really strong. We've gone from 14 children last season to 38, mostly under elevens. The school coaching sessions at Meadowbank Primary brought most of them in.",
            ),
            ("chair", "That's brilliant."),
            (
                "juniors",
                "It is, but we're short of coaches. At the moment it's me and two parents on Friday evenings, and the board says we need one adult for every eight children in a hard ball session.",
            ),
            ("chair", "So how many more do we need?"),
            (
                "juniors",
                "At least two, ideally three, and they'd each need the basic coaching certificate.",
            ),
            ("treasurer", "What does that course cost?"),
            ("juniors", "About £120 per person, and it runs over two weekends in Leicester."),
            (
                "treasurer",
                "The club could pay for two of them out of the subs money. Junior subs brought in roughly £1,500 this year.",
            ),
            ("chair", "Agreed. Now, the teas. I gather there's been some grumbling."),
            (
                "secretary",
                "More than grumbling. The same four people have done every home tea since June, and Sheila told me she's stepping down at the end of the season.",
            ),
            ("chair", "What do other clubs do?"),
            (
                "secretary",
                "Most have a rota where each player's household does two teas a year. Oakfield even charge players £3 a match towards a caterer.",
            ),
            (
                "treasurer",
                "I'd resist the caterer idea. Our teas are part of why visiting sides like coming here.",
            ),
            ("secretary", "I agree, I'd rather try the rota first."),
            ("chair", "Then let's put a rota to the members at the AGM in October."),
        ],
    },
    "k_cycling_sprint_interview": {
        "turns": [
            (
                "reporter",
                "I'm here at the finish line in Harrogate with today's stage winner, Tom Kessler. Tom, congratulations. Did you expect that?",
            ),
            (
                "rider",
                "Honestly, no. My legs felt terrible on the second climb and I nearly got dropped with about 40 kilometres to go.",
            ),
            ("reporter", "So what changed?"),
            (
                "rider",
                "My teammate Luca waited for me and paced me back to the bunch. Without him I'd have finished ten minutes down.",
            ),
            (
                "reporter",
                "The finish was uphill, about 600 metres at 6%. When did you decide to go?",
            ),
            (
                "rider",
                "I waited until the last 200 metres. Earlier in the week I went too soon in Whitby and got passed right on the line, so I'd learned my lesson.",
            ),
            ("reporter", "You beat Marco Duval by half a wheel."),
            (
                "rider",
                "Half a wheel, yes. I didn't know I'd won until the team car told me over the radio.",
            ),
            ("reporter", "Wonderful. What gear were you using on that final ramp?"),
            (
                "rider",
                "A 53 by 12, which is probably too big, but I felt strong once I was out of the saddle.",
            ),
            ("reporter", "Does this put you in the points jersey?"),
            (
                "rider",
                "Not yet. I'm 14 points behind Duval, so Sunday's flat stage into York is the big one for me.",
            ),
            ("reporter", "And the crowds today?"),
            (
                "rider",
                "Unbelievable. The noise on the climb was so loud I couldn't hear my own breathing.",
            ),
            ("reporter", "Any celebration planned?"),
            (
                "rider",
                "A bowl of pasta and an ice bath. We start again at half past eleven tomorrow.",
            ),
            ("reporter", "Tom Kessler, thank you."),
            ("rider", "Thanks."),
        ],
    },
    "k_cycling_team_director": {
        "turns": [
            (
                "reporter",
                "I'm joined by Anna Brandt, sports director of the Velonord team, after a tough day in the mountains. Anna, your leader lost nearly three minutes. What went wrong?",
            ),
            (
                "director",
                "He crashed on the descent off the Col de Vence, about 25 kilometres from the finish. He hit a patch of gravel on a hairpin and went down on his left side.",
            ),
            ("reporter", "Is he injured?"),
            (
                "director",
                "The doctor thinks it's just road rash and a bruised hip, but we'll have him X rayed tonight to be sure.",
            ),
            ("reporter", "Did the team wait for him?"),
            (
                "director",
                "Two riders dropped back immediately, but by then the front group had already attacked. That's racing, I don't blame them.",
            ),
            ("reporter", "Some people are saying the rivals should have neutralised the race."),
            (
                "director",
                "I don't agree. He wasn't wearing the leader's jersey, so nobody owed us anything.",
            ),
            ("reporter", "Is his overall ambition finished?"),
            (
                "director",
                "No. He's eighth now, three minutes and ten seconds down, and there are still two summit finishes to come.",
            ),
            ("reporter", "Which one suits him best?"),
            (
                "director",
                "Thursday's stage to Alpe Rouge. It's long and steady, 14 kilometres, and he prefers that to the steep short climbs.",
            ),
            ("reporter", "And tactics for tomorrow?"),
            (
                "director",
                "Tomorrow is about survival. We'll keep him in the wheels and let other teams do the work.",
            ),
            ("reporter", "Anything you'd change about today?"),
            (
                "director",
                "Maybe our tyre choice. We went with 25 millimetre tyres to save weight, and on that gravel a wider tyre might have held.",
            ),
            ("reporter", "Anna Brandt, thanks for your time."),
            ("director", "Thank you."),
        ],
    },
    "k_rowing_head_race": {
        "turns": [
            (
                "host",
                "This week on the club podcast we're talking to the men's eight about the Head of the River next month. With me are coach Fiona Marsh and cox Jamie Okafor. Fiona, how's training going?",
            ),
            (
                "coach",
                "Better than I expected back in October. We're on the water six mornings a week, starting at quarter to six, plus two ergo sessions.",
            ),
            ("host", "Quarter to six? In the dark?"),
            (
                "cox",
                "In the dark, yes. We have lights on the bow and stern, and I steer by the bridge lamps for the first twenty minutes.",
            ),
            ("host", "What's the target for the race?"),
            (
                "coach",
                "Top 50 out of about 300 crews. Last year we finished 112th, so that would be a big jump.",
            ),
            ("host", "What made the difference this season?"),
            (
                "coach",
                "Mostly rhythm. We changed the rigging so the bow pair have more leverage, and the boat sits much flatter now.",
            ),
            ("host", "Jamie, what's the hardest part of the course for a cox?"),
            (
                "cox",
                "The Surrey bend after Hammersmith. If you take it too wide you lose five or six seconds, and if you cut it too tight you're in the rough water by the bank.",
            ),
            ("host", "Go on."),
            (
                "cox",
                "So I aim for the middle arch of the bridge and then hold the line until the boathouses.",
            ),
            ("host", "Who's the strongest rower?"),
            (
                "coach",
                "On the erg it's Daniel in the stroke seat, he pulled a 6 minute 5 on the 2k test. But I'd rather not single anyone out.",
            ),
            ("host", "Fair enough. Any worries?"),
            (
                "coach",
                "The weather. If there's a strong wind against the tide, the race gets cancelled, which happened in 2019.",
            ),
            ("cox", "And our boat is 20 years old, so we're raising money for a new one."),
            ("host", "How much do you need?"),
            ("cox", "About £38,000, and we've got just over a third so far."),
            ("host", "Good luck to you all."),
        ],
    },
    "k_rowing_coastal_gig": {
        "turns": [
            (
                "host",
                "We're down on the slipway at Porthcove with the women's gig crew, who've just got back from the World Pilot Gig Championships on the Isles of Scilly. Sarah, you're the skipper. How did it go?",
            ),
            (
                "skipper",
                "We came 31st out of 140 in the veterans' race, which is our best ever result.",
            ),
            (
                "host",
                "That's brilliant. What's different about gig rowing compared to river rowing?",
            ),
            (
                "rower",
                "Everything. The boat is wooden, 32 feet long, six rowers and a cox, and you each have one oar. And of course there are waves.",
            ),
            ("host", "How big were the waves on race day?"),
            (
                "rower",
                "About a metre on the Sunday, coming side on. Two boats filled with water and had to be towed in.",
            ),
            ("host", "Frightening?"),
            (
                "skipper",
                "A bit. But our cox, Helen, kept us head to the swell and we only took on a few buckets.",
            ),
            ("host", "How do you get the gig over to Scilly?"),
            (
                "skipper",
                "On a trailer to Penzance, then it goes on the freight ship. That alone cost the club £650 this year.",
            ),
            ("host", "And the training?"),
            (
                "rower",
                "Tuesdays and Thursdays after work, and Sunday mornings. In winter we do circuits in the village hall instead when the sea's too rough.",
            ),
            ("host", "What's the boat called?"),
            (
                "skipper",
                "Kittiwake. She was built in 1998 from Cornish elm by a boatbuilder in St Mawes, and she weighs about 370 kilos.",
            ),
            ("host", "Is the club looking for new members?"),
            (
                "rower",
                "Yes, especially men, we've only got enough for one men's crew. You don't need any experience.",
            ),
            (
                "skipper",
                "I'd say come to a taster session first. They're on the first Saturday of every month in summer.",
            ),
            ("host", "Thanks both."),
        ],
    },
    "k_model_railway_exhibition": {
        "turns": [
            (
                "host",
                "Welcome to Hobby Hour. I'm at the Brackley Model Railway Society's annual exhibition, talking to Geoff Palmer, who built the layout everyone's crowding round. Geoff, what are we looking at?",
            ),
            (
                "member",
                "It's called Lydford Junction. It's a fictional branch line in Devon, set in about 1958, in OO gauge.",
            ),
            ("host", "How long has it taken?"),
            (
                "member",
                "Eleven years, on and off. The baseboards went together in 2013 and I'm still adding details now.",
            ),
            ("host", "Eleven years!"),
            ("member", "I know. My wife says the loft belongs to the railway now."),
            ("host", "What's the hardest bit to get right?"),
            (
                "member",
                "The scenery, without a doubt. Track is just patience, but making a hillside look real takes dozens of attempts. I use static grass fibres and a little electric applicator so they stand upright.",
            ),
            ("host", "And the trains themselves?"),
            (
                "member",
                "About 40 locomotives, mostly ready to run, but six are kits I built from brass. The little tank engine at the front took me a whole winter.",
            ),
            ("host", "How are they controlled?"),
            (
                "member",
                "Digital command control, so each loco has a chip and I can run four trains on the same track at once.",
            ),
            ("host", "Was that expensive to convert?"),
            ("member", "Around £25 a chip, so over £1,000 all in. Worth it, though."),
            ("host", "How many visitors today?"),
            (
                "member",
                "The society says about 1,800 through the door by lunchtime, which is a record.",
            ),
            ("host", "Any advice for someone starting out?"),
            (
                "member",
                "Start small. A shelf layout of two metres will teach you more than a huge plan you never finish.",
            ),
            ("host", "Thanks, Geoff."),
        ],
    },
    "k_model_railway_clubroom": {
        "turns": [
            (
                "chair",
                "Thanks for coming, everyone. As most of you have heard, the church is selling the hall where we've met since 1987, and we have to be out by the end of June.",
            ),
            ("member", "Do we know why?"),
            (
                "secretary",
                "The diocese needs the money for the roof of St Peter's, and a developer has made an offer for the site. It's not personal.",
            ),
            (
                "chair",
                "The real problem is the club layout. It's 9 metres long and it doesn't come apart easily.",
            ),
            ("member", "Could we cut it into sections?"),
            (
                "chair",
                "We could, but the wiring runs right through it. Ray reckons it would take three months to rewire.",
            ),
            (
                "secretary",
                "I've looked at three places. The scout hut on Mill Lane is cheap, £40 a week, but we'd have to pack up after every session.",
            ),
            ("chair", "That's no good for a permanent layout."),
            (
                "secretary",
                "No. The second is a unit on the Riverside trading estate. It's £300 a month, dry, heated, and we could leave everything up.",
            ),
            ("member", "Can we afford that?"),
            (
                "secretary",
                "Only if subscriptions go up from £60 to about £110 a year. We've got 34 paying members.",
            ),
            ("member", "Some of the older members won't like that at all."),
            ("chair", "What's the third option?"),
            (
                "secretary",
                "A room above the Railway Arms pub. The landlord would charge nothing if we bring in trade on club nights.",
            ),
            ("member", "I'd vote for the pub, frankly. Free is free."),
            (
                "chair",
                "My worry is the stairs. Carrying a layout up a narrow staircase is asking for trouble, and Dennis can't manage steps any more.",
            ),
            (
                "secretary",
                "Shall I arrange visits to the unit and the pub before the next meeting?",
            ),
            ("chair", "Yes, please do."),
        ],
    },
    "k_birdwatching_estuary": {
        "turns": [
            (
                "host",
                "We're out on the sea wall at Eldmouth with Ruth Carver, who leads the Saturday birdwatching walks for the local wildlife trust. Ruth, why start so early?",
            ),
            (
                "leader",
                "Because of the tide. High tide today was at ten past eight, and that pushes the waders off the mud and close to the wall where we can see them.",
            ),
            ("host", "What have we seen so far?"),
            (
                "leader",
                "About 2,000 knot in one flock, a dozen bar tailed godwits, and those little ones running along the edge are sanderling.",
            ),
            ("host", "How do you tell them apart?"),
            (
                "leader",
                "Behaviour more than colour at this time of year. Sanderling run like clockwork toys, while dunlin probe slowly with their heads down.",
            ),
            ("host", "Right."),
            (
                "leader",
                "And look, over the saltmarsh, that's a hen harrier. A grey male. We only get two or three each winter.",
            ),
            ("host", "Wow. How many people usually come on these walks?"),
            (
                "leader",
                "Between 10 and 25, depending on the weather. We cap it at 25 because a bigger group disturbs the birds.",
            ),
            ("host", "Do people need to bring anything?"),
            (
                "leader",
                "Warm clothes and binoculars if they have them. We lend out six pairs, and a telescope on a tripod for the distant birds.",
            ),
            ("host", "Is there a charge?"),
            (
                "leader",
                "It's £4 for non members and free for members. The money goes towards the wardens' wages on the reserve.",
            ),
            ("host", "What's been the biggest change since you started leading walks?"),
            (
                "leader",
                "Avocets. When I started in 2009 we'd see maybe five in a winter. Now there are over 300 roosting on the lagoon.",
            ),
            ("host", "Why do you think that is?"),
            (
                "leader",
                "The trust raised the water levels in the lagoon and fenced out foxes. Breeding success shot up after that.",
            ),
        ],
    },
    "k_birdwatching_dawn_chorus": {
        "turns": [
            (
                "host",
                "It's half past four in the morning and we're in Hartwell Wood for International Dawn Chorus Day. Leading the walk is Martin Oduya. Martin, why so early?",
            ),
            (
                "leader",
                "Birds sing hardest in the hour before sunrise. By seven o'clock the chorus has thinned out and they're busy feeding.",
            ),
            ("host", "Who's first to start singing?"),
            (
                "leader",
                "Usually the robin, then the blackbird and song thrush. Wrens come in a bit later, and they're astonishingly loud for something that weighs ten grams.",
            ),
            ("walker", "Is that a nightingale I can hear?"),
            (
                "leader",
                "Sadly not, that's a garden warbler. We lost our last nightingales here around 2015, when the coppice got too overgrown.",
            ),
            ("host", "Can they come back?"),
            (
                "leader",
                "Possibly. Volunteers have cut back about 4 hectares of hazel over the last two winters, which gives exactly the dense young scrub they like.",
            ),
            ("host", "How do beginners learn all these songs?"),
            (
                "leader",
                "Learn three a year. Honestly, that's my advice. Start with robin, blackbird and wren, and get them solid before adding more.",
            ),
            ("walker", "I've been using one of those phone apps that identifies songs."),
            (
                "leader",
                "They're useful, but check what it tells you. Last week mine insisted a squeaky gate was a marsh tit.",
            ),
            ("host", "How many people joined this morning?"),
            (
                "leader",
                "Seventeen, which is good for such an early start. Last year it poured and only four turned up.",
            ),
            ("walker", "Worth getting up for, though. I've never heard anything like it."),
            ("host", "And after the walk?"),
            (
                "leader",
                "Bacon rolls at the visitor centre. The café opens specially for us at six.",
            ),
        ],
    },
    "k_climbing_centre_opening": {
        "turns": [
            (
                "reporter",
                "I'm at the opening of Crux, the new climbing centre in the old tannery mill on Wharf Street. With me is co owner Dev Mistry. Dev, how long has this been in the making?",
            ),
            (
                "owner",
                "Four years from the first idea. We found the building in 2021, but the planning took eighteen months because it's listed.",
            ),
            ("reporter", "What did that mean for the design?"),
            (
                "owner",
                "We couldn't touch the original cast iron columns, so the walls are built around them. The tallest wall is 14 metres, right up into the old roof space.",
            ),
            ("reporter", "How much did it all cost?"),
            (
                "owner",
                "Just over 1.2 million, mostly a bank loan plus money from 60 small investors who each put in at least £5,000.",
            ),
            ("reporter", "And what's here for climbers?"),
            (
                "owner",
                "Twenty auto belay lines, a bouldering cave with 300 problems, and a kids' zone with softer holds.",
            ),
            (
                "reporter",
                "Let's ask someone trying it. You've just come down from the top. How was it?",
            ),
            (
                "climber",
                "Terrifying and brilliant. The overhang near the top is properly hard, I fell off twice.",
            ),
            ("reporter", "Is it expensive to climb here?"),
            (
                "owner",
                "A single visit is £12, or £45 a month for unlimited. Students and under sixteens get a third off.",
            ),
            ("climber", "That's cheaper than the place in Leeds, to be fair."),
            ("reporter", "Do beginners need to book an induction?"),
            (
                "owner",
                "Yes, for roped climbing. It's a 45 minute session where we check you can tie in and belay safely. Bouldering you can just turn up and do.",
            ),
            ("reporter", "What about the route setting?"),
            (
                "owner",
                "We reset one section every week, so the whole centre changes roughly every six weeks.",
            ),
            ("reporter", "Dev, good luck."),
        ],
    },
    "k_climbing_school_wall": {
        "turns": [
            (
                "host",
                "Today on Local Matters we're at Brook Lane Secondary, which has just opened a climbing wall in its old gym. With me are PE teacher Kate Nolan and instructor Sam Reid. Kate, whose idea was this?",
            ),
            (
                "teacher",
                "The students', really. A group of year nines did a survey and found that a third of pupils didn't enjoy any of the team sports we offered.",
            ),
            ("host", "And climbing came top?"),
            (
                "teacher",
                "Climbing and dance, yes. We already had a dance studio, so climbing it was.",
            ),
            ("host", "How was it paid for?"),
            (
                "teacher",
                "The parents' association raised £18,000 with a sponsored climb up the school's stairwell, and a lottery grant covered the other £22,000.",
            ),
            ("host", "A sponsored climb up the stairs?"),
            (
                "teacher",
                "Eighty-eight times up and down, which the maths department worked out was roughly the height of Everest.",
            ),
            ("host", "Sam, what makes a school wall different from a commercial one?"),
            (
                "instructor",
                "It's lower, only 7 metres, and it's wider, so a whole class can traverse at the same time without anyone going above head height.",
            ),
            ("host", "Is it safe?"),
            (
                "instructor",
                "The traverse section has crash mats, and the high sections are locked off with a board unless a qualified adult is there.",
            ),
            ("host", "How many staff are qualified?"),
            (
                "teacher",
                "Four of us now. Sam trained us over three days during the October half term.",
            ),
            ("host", "Will the public be able to use it?"),
            (
                "teacher",
                "From January, yes. Local clubs can hire it on weekday evenings for £30 an hour, which helps pay for the maintenance.",
            ),
            ("instructor", "And the holds need cleaning every few months, so that money matters."),
            ("host", "What's the reaction been from pupils?"),
            (
                "teacher",
                "A waiting list of 90 for the after school club. One boy who never took part in PE has been every single week.",
            ),
            ("host", "Lovely. Thank you both."),
        ],
    },
    "k_knitting_charity_blankets": {
        "turns": [
            (
                "host",
                "This week's community slot visits the Tuesday Stitchers, a knitting circle that meets in the back room of the Corner Café in Holmfield. Their organiser is Jean Pritchard. Jean, what are you all working on?",
            ),
            (
                "organiser",
                "Blankets for the neonatal unit at the county hospital. Each one is made of 20 squares, and different members knit different squares.",
            ),
            ("host", "Why squares?"),
            (
                "organiser",
                "Because it means a beginner can contribute straight away. A square only takes an evening, whereas a whole blanket would put people off.",
            ),
            ("host", "How many have you sent so far?"),
            ("organiser", "142 since we started in March 2022."),
            ("member", "143 actually, I finished one last night."),
            ("organiser", "143 then!"),
            ("host", "Are there rules about the wool?"),
            (
                "organiser",
                "It has to be washable acrylic or cotton, no mohair or anything fluffy, because loose fibres are a risk for tiny babies.",
            ),
            ("host", "Who pays for the yarn?"),
            (
                "member",
                "Mostly donations. People clear out a late relative's stash and bring us bin bags full of it. Last month we got enough for about 30 blankets from one house.",
            ),
            ("host", "And what do you get out of coming?"),
            (
                "member",
                "Company, mainly. I moved here after my husband died and this was the first place I made friends.",
            ),
            ("host", "How many of you are there?"),
            (
                "organiser",
                "About fifteen on the list, and usually ten on a Tuesday. Our youngest is 19 and our oldest is 91.",
            ),
            ("host", "Is there a man in the group?"),
            ("organiser", "One, Colin. He learned during lockdown and he's faster than any of us."),
            ("host", "What happens if someone can't knit at all?"),
            (
                "organiser",
                "We pair them with someone for the first few weeks. I've never met anyone who couldn't learn garter stitch in an evening.",
            ),
        ],
    },
    "k_knitting_yarn_bombing": {
        "turns": [
            (
                "chair",
                "Right, everyone, the main business tonight is the yarn bombing for the Ashgrove summer festival. We've got seven weeks. Brenda, where are we with the postbox topper?",
            ),
            (
                "knitter",
                "Nearly done. It's a strawberry cream tea with a scone, jam and a little knitted wasp. The wasp took longer than the scone.",
            ),
            ("chair", "Lovely. And the bench covers?"),
            (
                "knitter",
                "That's the problem. The parish council only gave us permission for four benches, not the twelve we asked for.",
            ),
            ("newcomer", "Why only four?"),
            (
                "chair",
                "They're worried about the covers getting soggy and smelly if it rains. Last year in Denby, apparently, they left them up for two months and they went mouldy.",
            ),
            ("newcomer", "Couldn't we promise to take them down after the festival weekend?"),
            (
                "chair",
                "That's exactly what I'm going to propose at the council meeting on the 12th. If we remove everything by the Monday, they might give us the other eight.",
            ),
            ("knitter", "What about the trees on the green?"),
            (
                "chair",
                "Tree sleeves are fine, the council likes those. We need six, each about two metres long.",
            ),
            ("newcomer", "I'm quite new, is there something simple I could do?"),
            (
                "knitter",
                "Bunting flags. They're just triangles in stocking stitch, you could do one in an hour, and we need about 200 of them.",
            ),
            ("newcomer", "I can do that."),
            (
                "chair",
                "Now the money. We've spent £85 on yarn so far, and the festival committee has promised us £150 towards costs.",
            ),
            (
                "knitter",
                "I'd rather we didn't buy any more. The charity shop on the High Street still has boxes of odd balls for a pound each.",
            ),
            (
                "chair",
                "Agreed, no more new yarn unless we have to. And afterwards, all the acrylic pieces get washed and given to the animal shelter as bedding.",
            ),
            ("newcomer", "That's a nice way to finish."),
        ],
    },
}

QUESTIONS = [
    # k_cricket_pavilion_roof
    (
        "Where did the rain get into the cricket pavilion?",
        "k_cricket_pavilion_roof",
        ["The water came through"],
    ),
    (
        "Why does the groundsman think the pavilion roof keeps failing?",
        "k_cricket_pavilion_roof",
        ["I think the felt"],
    ),
    (
        "How much would it cost to replace the whole pavilion roof properly?",
        "k_cricket_pavilion_roof",
        ["Hallam Roofing want"],
    ),
    (
        "Why was the treasurer doubtful about only patching the roof?",
        "k_cricket_pavilion_roof",
        ["My worry is that"],
    ),
    (
        "What's the most the county board's facilities fund will pay towards the roof?",
        "k_cricket_pavilion_roof",
        ["Up to half the"],
    ),
    (
        "How much does the cricket club have in savings?",
        "k_cricket_pavilion_roof",
        ["We have about £6,200"],
    ),
    (
        "When is the cricket club's first home match of the season?",
        "k_cricket_pavilion_roof",
        ["The first home fixture"],
    ),
    (
        "Who objected to spending most of the reserves, and what was their concern?",
        "k_cricket_pavilion_roof",
        ["I'm not keen on", "If the mower breaks"],
    ),
    (
        "What did the committee finally decide to do about the leaking roof?",
        "k_cricket_pavilion_roof",
        ["We ask the handyman"],
    ),
    # k_cricket_juniors_teas
    (
        "How many kids are in the cricket club's junior section now?",
        "k_cricket_juniors_teas",
        ["We've gone from 14"],
    ),
    (
        "What brought in most of the new junior cricketers?",
        "k_cricket_juniors_teas",
        ["The school coaching sessions"],
    ),
    (
        "How many adults are needed per child in a hard ball session?",
        "k_cricket_juniors_teas",
        ["At the moment it's"],
    ),
    (
        "How many extra coaches does the junior section need?",
        "k_cricket_juniors_teas",
        ["At least two, ideally"],
    ),
    (
        "What does the coaching certificate cost and where is it held?",
        "k_cricket_juniors_teas",
        ["About £120 per person"],
    ),
    (
        "How will the club pay for new coaches to get certified?",
        "k_cricket_juniors_teas",
        ["The club could pay"],
    ),
    ("Who is giving up making the match teas?", "k_cricket_juniors_teas", ["The same four people"]),
    (
        "Why was the treasurer against paying a caterer for teas?",
        "k_cricket_juniors_teas",
        ["Our teas are part"],
    ),
    (
        "When will the tea rota be put to the members?",
        "k_cricket_juniors_teas",
        ["Then let's put a"],
    ),
    # k_cycling_sprint_interview
    (
        "At what point did the stage winner almost get left behind?",
        "k_cycling_sprint_interview",
        ["My legs felt terrible"],
    ),
    (
        "Who helped the sprinter get back into the main group?",
        "k_cycling_sprint_interview",
        ["My teammate Luca waited"],
    ),
    (
        "How far from the line did Kessler launch his sprint?",
        "k_cycling_sprint_interview",
        ["I waited until the"],
    ),
    (
        "Why did the rider hold his sprint back this time?",
        "k_cycling_sprint_interview",
        ["Earlier in the week"],
    ),
    (
        "How did the rider find out he had won the stage?",
        "k_cycling_sprint_interview",
        ["I didn't know I'd"],
    ),
    (
        "What gear ratio was he pushing on the uphill finish?",
        "k_cycling_sprint_interview",
        ["A 53 by 12"],
    ),
    (
        "How far behind is he in the points competition?",
        "k_cycling_sprint_interview",
        ["I'm 14 points behind"],
    ),
    ("What was the crowd like on the climb?", "k_cycling_sprint_interview", ["The noise on the"]),
    (
        "How is the stage winner going to celebrate?",
        "k_cycling_sprint_interview",
        ["A bowl of pasta"],
    ),
    # k_cycling_team_director
    (
        "Where did the Velonord leader come off his bike?",
        "k_cycling_team_director",
        ["He crashed on the"],
    ),
    ("What made the team leader crash?", "k_cycling_team_director", ["He hit a patch"]),
    (
        "How badly was the team leader hurt in the crash?",
        "k_cycling_team_director",
        ["The doctor thinks it's"],
    ),
    (
        "Did his teammates wait after he fell?",
        "k_cycling_team_director",
        ["Two riders dropped back"],
    ),
    (
        "Does the sports director think the other teams should have waited for her rider?",
        "k_cycling_team_director",
        ["He wasn't wearing the"],
    ),
    (
        "What position is the crashed rider in overall now?",
        "k_cycling_team_director",
        ["He's eighth now, three"],
    ),
    (
        "Which mountain stage suits the leader best, and why?",
        "k_cycling_team_director",
        ["Thursday's stage to Alpe", "It's long and steady"],
    ),
    (
        "What is the team's plan for the next stage?",
        "k_cycling_team_director",
        ["Tomorrow is about survival"],
    ),
    (
        "What equipment choice does the director regret?",
        "k_cycling_team_director",
        ["Maybe our tyre choice", "We went with 25"],
    ),
    # k_rowing_head_race
    (
        "How often does the men's eight train on the river?",
        "k_rowing_head_race",
        ["We're on the water"],
    ),
    (
        "How does the cox manage to steer before it gets light?",
        "k_rowing_head_race",
        ["We have lights on"],
    ),
    ("What finishing position is the eight aiming for?", "k_rowing_head_race", ["Top 50 out of"]),
    (
        "Where did the crew place in last year's head race?",
        "k_rowing_head_race",
        ["Last year we finished"],
    ),
    (
        "What change to the boat setup improved the crew?",
        "k_rowing_head_race",
        ["We changed the rigging"],
    ),
    (
        "Which part of the race course is hardest to steer?",
        "k_rowing_head_race",
        ["The Surrey bend after"],
    ),
    ("What line does the cox take through the bend?", "k_rowing_head_race", ["So I aim for"]),
    (
        "What 2k time did the stroke man row on the ergometer?",
        "k_rowing_head_race",
        ["On the erg it's"],
    ),
    (
        "Under what conditions would the head race be called off?",
        "k_rowing_head_race",
        ["If there's a strong"],
    ),
    (
        "How much money is the rowing club trying to raise for a new boat?",
        "k_rowing_head_race",
        ["About £38,000, and we've"],
    ),
    # k_rowing_coastal_gig
    (
        "Where did the women's gig crew finish at the championships?",
        "k_rowing_coastal_gig",
        ["We came 31st out"],
    ),
    ("How is a pilot gig built and crewed?", "k_rowing_coastal_gig", ["The boat is wooden"]),
    (
        "What were the sea conditions like on race day in Scilly?",
        "k_rowing_coastal_gig",
        ["About a metre on"],
    ),
    ("How did the gig crew avoid getting swamped?", "k_rowing_coastal_gig", ["But our cox, Helen"]),
    (
        "How does the gig get to the islands, and what did that cost?",
        "k_rowing_coastal_gig",
        ["On a trailer to", "That alone cost the"],
    ),
    (
        "What does the gig crew do for training in winter?",
        "k_rowing_coastal_gig",
        ["In winter we do"],
    ),
    ("When and where was the gig Kittiwake made?", "k_rowing_coastal_gig", ["She was built in"]),
    (
        "What does the skipper suggest for people wanting to try gig rowing?",
        "k_rowing_coastal_gig",
        ["I'd say come to", "They're on the first"],
    ),
    (
        "Which kind of rowers is the gig club especially short of?",
        "k_rowing_coastal_gig",
        ["Yes, especially men"],
    ),
    # k_model_railway_exhibition
    (
        "What place and period does Geoff's layout represent?",
        "k_model_railway_exhibition",
        ["It's a fictional branch"],
    ),
    (
        "When did work on Lydford Junction begin?",
        "k_model_railway_exhibition",
        ["The baseboards went together"],
    ),
    (
        "Which part of building the layout does Geoff find most difficult?",
        "k_model_railway_exhibition",
        ["The scenery, without a"],
    ),
    (
        "How does he make the model grass look realistic?",
        "k_model_railway_exhibition",
        ["I use static grass"],
    ),
    (
        "How many engines does he own, and how many did he build himself?",
        "k_model_railway_exhibition",
        ["About 40 locomotives, mostly"],
    ),
    (
        "Which locomotive took the longest to build?",
        "k_model_railway_exhibition",
        ["The little tank engine"],
    ),
    (
        "How much did switching to digital control cost him?",
        "k_model_railway_exhibition",
        ["Around £25 a chip"],
    ),
    (
        "How many people came to the railway exhibition?",
        "k_model_railway_exhibition",
        ["The society says about"],
    ),
    (
        "What's Geoff's tip for someone new to model railways?",
        "k_model_railway_exhibition",
        ["A shelf layout of"],
    ),
    # k_model_railway_clubroom
    (
        "How long has the railway society been meeting in the church hall, and when must they leave?",
        "k_model_railway_clubroom",
        ["As most of you"],
    ),
    ("Why is the church selling the hall?", "k_model_railway_clubroom", ["The diocese needs the"]),
    ("How big is the society's club layout?", "k_model_railway_clubroom", ["It's 9 metres long"]),
    (
        "How long would it take to rewire the layout if it were cut up?",
        "k_model_railway_clubroom",
        ["Ray reckons it would"],
    ),
    (
        "What's the drawback of moving into the scout hut?",
        "k_model_railway_clubroom",
        ["The scout hut on"],
    ),
    (
        "How much would membership fees have to rise to afford the industrial unit?",
        "k_model_railway_clubroom",
        ["Only if subscriptions go"],
    ),
    (
        "How many paying members does the railway society have?",
        "k_model_railway_clubroom",
        ["We've got 34 paying"],
    ),
    (
        "What would the pub landlord charge for the upstairs room?",
        "k_model_railway_clubroom",
        ["The landlord would charge"],
    ),
    (
        "Why is the chair unsure about meeting above the pub?",
        "k_model_railway_clubroom",
        ["My worry is the", "Carrying a layout up"],
    ),
    # k_birdwatching_estuary
    (
        "Why do the estuary bird walks start so early?",
        "k_birdwatching_estuary",
        ["Because of the tide", "High tide today was"],
    ),
    (
        "How can you tell sanderling and dunlin apart?",
        "k_birdwatching_estuary",
        ["Behaviour more than colour", "Sanderling run like clockwork"],
    ),
    (
        "What bird of prey did they spot over the saltmarsh?",
        "k_birdwatching_estuary",
        ["And look, over the"],
    ),
    (
        "How often do hen harriers turn up on the estuary?",
        "k_birdwatching_estuary",
        ["We only get two"],
    ),
    ("Why is the estuary walk group size limited?", "k_birdwatching_estuary", ["We cap it at"]),
    ("What optical equipment can walkers borrow?", "k_birdwatching_estuary", ["We lend out six"]),
    ("What is the walk fee spent on?", "k_birdwatching_estuary", ["The money goes towards"]),
    (
        "How have avocet numbers changed since Ruth began leading walks?",
        "k_birdwatching_estuary",
        ["When I started in", "Now there are over"],
    ),
    (
        "What did the wildlife trust do to help the avocets breed?",
        "k_birdwatching_estuary",
        ["The trust raised the"],
    ),
    # k_birdwatching_dawn_chorus
    (
        "Why does the dawn chorus walk begin before sunrise?",
        "k_birdwatching_dawn_chorus",
        ["Birds sing hardest in"],
    ),
    (
        "Which bird is usually first to sing in the morning?",
        "k_birdwatching_dawn_chorus",
        ["Usually the robin, then"],
    ),
    (
        "What bird did the walker mistake for a nightingale?",
        "k_birdwatching_dawn_chorus",
        ["Sadly not, that's a"],
    ),
    (
        "When and why did the nightingales vanish from Hartwell Wood?",
        "k_birdwatching_dawn_chorus",
        ["We lost our last"],
    ),
    (
        "What have volunteers done to try to bring nightingales back?",
        "k_birdwatching_dawn_chorus",
        ["Volunteers have cut back"],
    ),
    (
        "How does Martin recommend beginners learn birdsong?",
        "k_birdwatching_dawn_chorus",
        ["Learn three a year", "Start with robin, blackbird"],
    ),
    (
        "What does the walk leader think of birdsong identification apps?",
        "k_birdwatching_dawn_chorus",
        ["They're useful, but check", "Last week mine insisted"],
    ),
    (
        "How many people came on the dawn walk this year compared with last year?",
        "k_birdwatching_dawn_chorus",
        ["Seventeen, which is good", "Last year it poured"],
    ),
    (
        "What's on offer once the dawn walk finishes?",
        "k_birdwatching_dawn_chorus",
        ["Bacon rolls at the"],
    ),
    # k_climbing_centre_opening
    (
        "Why did planning for the climbing centre take so long?",
        "k_climbing_centre_opening",
        ["We found the building"],
    ),
    (
        "How did the old iron columns affect the climbing walls?",
        "k_climbing_centre_opening",
        ["We couldn't touch the"],
    ),
    ("How tall is the highest wall at Crux?", "k_climbing_centre_opening", ["The tallest wall is"]),
    (
        "How was the new climbing centre paid for?",
        "k_climbing_centre_opening",
        ["Just over 1.2 million"],
    ),
    (
        "What can climbers use at the new centre?",
        "k_climbing_centre_opening",
        ["Twenty auto belay lines"],
    ),
    (
        "What did the climber struggle with on the tall wall?",
        "k_climbing_centre_opening",
        ["The overhang near the"],
    ),
    (
        "How much is a monthly pass at the climbing centre?",
        "k_climbing_centre_opening",
        ["A single visit is"],
    ),
    (
        "How do the prices compare with another climbing centre?",
        "k_climbing_centre_opening",
        ["That's cheaper than the"],
    ),
    (
        "What happens in the induction for roped climbing?",
        "k_climbing_centre_opening",
        ["It's a 45 minute"],
    ),
    (
        "How often are the climbing routes changed?",
        "k_climbing_centre_opening",
        ["We reset one section"],
    ),
    # k_climbing_school_wall
    (
        "What led the school to put in a climbing wall?",
        "k_climbing_school_wall",
        ["A group of year"],
    ),
    (
        "Why did the school choose climbing rather than dance?",
        "k_climbing_school_wall",
        ["We already had a"],
    ),
    (
        "How was the school climbing wall funded?",
        "k_climbing_school_wall",
        ["The parents' association raised"],
    ),
    (
        "How many times did they go up the stairs in the sponsored climb?",
        "k_climbing_school_wall",
        ["Eighty-eight times up and"],
    ),
    (
        "How is a school climbing wall designed differently from a commercial one?",
        "k_climbing_school_wall",
        ["It's lower, only 7"],
    ),
    (
        "How are the higher parts of the school wall made safe?",
        "k_climbing_school_wall",
        ["The traverse section has"],
    ),
    (
        "When and how were the teachers trained to supervise climbing?",
        "k_climbing_school_wall",
        ["Sam trained us over"],
    ),
    (
        "How much will it cost outside clubs to use the school wall?",
        "k_climbing_school_wall",
        ["Local clubs can hire"],
    ),
    (
        "How popular is the after school climbing club?",
        "k_climbing_school_wall",
        ["A waiting list of"],
    ),
    # k_knitting_charity_blankets
    (
        "What is the Tuesday knitting group making, and who is it for?",
        "k_knitting_charity_blankets",
        ["Blankets for the neonatal"],
    ),
    (
        "Why are the baby blankets made up of squares?",
        "k_knitting_charity_blankets",
        ["Because it means a"],
    ),
    (
        "How many blankets has the knitting circle donated so far?",
        "k_knitting_charity_blankets",
        ["142 since we started", "143 actually, I finished"],
    ),
    (
        "Which wools can't be used for the hospital blankets, and why?",
        "k_knitting_charity_blankets",
        ["It has to be"],
    ),
    (
        "Where does the blanket group get its yarn from?",
        "k_knitting_charity_blankets",
        ["People clear out a"],
    ),
    (
        "How much yarn came from a single house recently?",
        "k_knitting_charity_blankets",
        ["Last month we got"],
    ),
    (
        "Why does the member keep coming to the knitting circle?",
        "k_knitting_charity_blankets",
        ["I moved here after"],
    ),
    (
        "What ages are the knitters in the group?",
        "k_knitting_charity_blankets",
        ["Our youngest is 19"],
    ),
    (
        "Who is the quickest knitter and when did he learn?",
        "k_knitting_charity_blankets",
        ["He learned during lockdown"],
    ),
    (
        "How does the group help people who have never knitted?",
        "k_knitting_charity_blankets",
        ["We pair them with"],
    ),
    # k_knitting_yarn_bombing
    (
        "What is the knitted postbox cover for the festival going to look like?",
        "k_knitting_yarn_bombing",
        ["It's a strawberry cream"],
    ),
    (
        "Which bit of the postbox topper took the longest?",
        "k_knitting_yarn_bombing",
        ["The wasp took longer"],
    ),
    (
        "How many benches are the knitters allowed to cover?",
        "k_knitting_yarn_bombing",
        ["The parish council only"],
    ),
    (
        "Why is the council reluctant to allow more bench covers?",
        "k_knitting_yarn_bombing",
        ["They're worried about the", "Last year in Denby"],
    ),
    (
        "What will the chair suggest to the council to get more benches?",
        "k_knitting_yarn_bombing",
        ["That's exactly what I'm", "If we remove everything"],
    ),
    (
        "How many tree sleeves do they need, and how long are they?",
        "k_knitting_yarn_bombing",
        ["We need six, each"],
    ),
    (
        "What easy job was suggested for the newcomer?",
        "k_knitting_yarn_bombing",
        ["They're just triangles in"],
    ),
    (
        "How much has been spent on wool, and how much will the festival give?",
        "k_knitting_yarn_bombing",
        ["We've spent £85 on"],
    ),
    (
        "Where does Brenda suggest getting cheap yarn?",
        "k_knitting_yarn_bombing",
        ["The charity shop on"],
    ),
    (
        "What happens to the knitted pieces once the festival is over?",
        "k_knitting_yarn_bombing",
        ["And afterwards, all the"],
    ),
]
