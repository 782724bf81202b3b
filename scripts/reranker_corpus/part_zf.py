"""Sports clubs and events conversations (tennis, golf, boxing, netball, triathlon, darts, skate parks) with questions  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "zf_tennis_junior_coaching": {
        "turns": [
            (
                "host",
                "Welcome back to Court Side, the podcast about grassroots tennis. Today I'm with Priya Nair, head coach at Elmfield Lawn Tennis Club. Priya, thanks for coming in.",
            ),
            ("coach", "Thanks for having me. It's nice to talk about something other than rain."),
            ("host", "Let's start with the juniors. How many children are on your programme now?"),
            (
                "coach",
                "Just over 140, from age four up to eighteen. When I arrived in 2019 it was about 35.",
            ),
            ("host", "That's a huge jump. What changed?"),
            (
                "coach",
                "Mostly we stopped charging for the first term. Parents could try it for ten weeks without paying anything, and most of them stayed.",
            ),
            ("host", "Didn't the committee worry about the lost income?"),
            (
                "coach",
                "They did, a lot. The treasurer wanted a £20 deposit instead, but we argued that even a small fee puts families off.",
            ),
            ("host", "And who won that argument?"),
            ("coach", "We did, in the end, by one vote."),
            ("host", "Ha. Go on."),
            (
                "coach",
                "The other big change was the balls. The little ones now play with red foam balls on mini courts, so they actually get rallies going in their first session.",
            ),
            ("host", "How much does a term cost after the free one?"),
            (
                "coach",
                "It's £65 for a ten-week term, or £45 if a sibling is already enrolled. We also have a hardship fund that covers about a dozen children.",
            ),
            ("host", "Where does that fund come from?"),
            (
                "coach",
                "A quiz night every November, and a local builder, Hargreaves and Sons, matches whatever we raise.",
            ),
            ("host", "Is there a waiting list?"),
            (
                "coach",
                "Yes, sadly. Twenty-eight names right now, mainly for the Saturday morning groups.",
            ),
            ("host", "What would fix that?"),
            (
                "coach",
                "Floodlights. With lights on courts three and four we could run evening sessions all winter. The quote we got was £38,000, and the planning application goes in next spring.",
            ),
            ("host", "Fingers crossed. Priya, thank you."),
            ("coach", "Thank you."),
        ],
    },
    "zf_tennis_adult_lessons": {
        "turns": [
            ("caller", "Hi, is that Riverside Tennis Centre? I'm calling about adult lessons."),
            ("coach", "It is, you're speaking to Tom, one of the coaches. Have you played before?"),
            ("caller", "A bit at school, but that was twenty years ago."),
            (
                "coach",
                "Then our Restart group would suit you. It's for adults who played once and want to get back into it.",
            ),
            ("caller", "When does that run?"),
            (
                "coach",
                "Tuesday evenings, 7 till 8, on the indoor courts. There's also a Sunday morning group, but that one's full until March.",
            ),
            ("caller", "Tuesday works. How much is it?"),
            ("coach", "£90 for six weeks. That includes racket hire if you need it."),
            ("caller", "I'd rather buy my own racket. Any advice?"),
            (
                "coach",
                "Don't spend more than about £60 to start with. A lighter frame with a bigger head is more forgiving, and you can upgrade once your swing settles.",
            ),
            ("caller", "Okay. Do I need to be a member?"),
            (
                "coach",
                "Not for the course. Afterwards, most people join as social members, which is £180 a year instead of the full £340.",
            ),
            ("caller", "What's the difference?"),
            (
                "coach",
                "Social members can book courts only on weekdays before 5, and they can't enter the club leagues.",
            ),
            ("caller", "Fair enough. How many people are in a group?"),
            (
                "coach",
                "Six at most, with one coach. We used to take eight, but people spent half the hour waiting to hit.",
            ),
            ("caller", "Right."),
            (
                "coach",
                "And wear proper court shoes, because running shoes slip on the indoor surface. Somebody twisted an ankle last winter.",
            ),
            ("caller", "Good to know. Can I book now?"),
            ("coach", "Yes, I'll take your name and send you a payment link by text."),
        ],
    },
    "zf_golf_greens_committee": {
        "turns": [
            (
                "chair",
                "Right, item four, the greens. Gordon, you've got the report from the agronomist.",
            ),
            (
                "greenkeeper",
                "I have. The short version is that the 7th and 12th greens have bad thatch, and the 12th has standing water after any heavy rain.",
            ),
            ("chair", "What does she recommend?"),
            (
                "greenkeeper",
                "Hollow tining across all 18 in September, and a proper drainage job on the 12th.",
            ),
            ("treasurer", "What's the cost of the drainage?"),
            (
                "greenkeeper",
                "The first quote was £24,000 from Fairway Drainage, which included rebuilding the whole green.",
            ),
            ("treasurer", "That's more than the entire reserve."),
            (
                "greenkeeper",
                "Exactly, which is why I got a second one. Northern Turf can put in slit drains for £9,500 and leave the surface as it is.",
            ),
            ("chair", "Is that a proper fix or a patch?"),
            (
                "greenkeeper",
                "It should last ten years, they reckon. The full rebuild would last longer, but we'd lose the green for a whole season.",
            ),
            (
                "treasurer",
                "I'd support the cheaper option. We have £14,000 in the course reserve after buying the new mower.",
            ),
            ("chair", "Any objections?"),
            (
                "captain",
                "Just one concern. If we tine in September, that clashes with the club championship on the 14th.",
            ),
            (
                "greenkeeper",
                "We can do it the week after. The greens take about three weeks to recover anyway.",
            ),
            (
                "captain",
                "Then members won't complain as much, because the autumn medal isn't until October.",
            ),
            (
                "chair",
                "Good. So we go with Northern Turf for the 12th, and tining after the championship. All in favour?",
            ),
            ("treasurer", "Agreed."),
            ("captain", "Agreed, yes."),
            (
                "chair",
                "Carried. Gordon, can you put a notice in the clubhouse so people know why the greens are sandy?",
            ),
            ("greenkeeper", "Will do, and I'll post it on the members' app too."),
        ],
    },
    "zf_golf_membership_committee": {
        "turns": [
            ("chair", "Next, membership. Helen, where are we on numbers?"),
            (
                "secretary",
                "We're at 412 full members, down from 455 two years ago. The drop is almost all people over 70 moving to five-day membership or leaving.",
            ),
            ("chair", "And younger members?"),
            (
                "secretary",
                "Only 23 under the age of 30, which is the lowest I can find in the records.",
            ),
            ("treasurer", "Which is why I'm proposing a 6% rise on full fees, to £1,150."),
            ("chair", "That seems like it would push more people out."),
            (
                "treasurer",
                "Maybe, but the clubhouse roof alone is going to cost us £40,000, and the bar lost money again.",
            ),
            ("secretary", "Could we do something for under-30s instead of just raising prices?"),
            ("chair", "What did you have in mind?"),
            (
                "secretary",
                "An intermediate category. Pay £450 at 25, and it rises a bit each year until you reach the full fee at 35. Ashdown Park did it and gained sixty members in one season.",
            ),
            ("treasurer", "Sixty new members at £450 is still only £27,000."),
            (
                "secretary",
                "Yes, but they spend money in the bar, and they bring friends who pay green fees.",
            ),
            ("chair", "I think it's worth trying. Can we do both?"),
            ("treasurer", "I'd accept a smaller rise, 4%, if the intermediate scheme goes ahead."),
            ("chair", "Helen?"),
            (
                "secretary",
                "Fine by me, as long as we remove the joining fee for under-30s. That £500 is what stops most of them.",
            ),
            (
                "chair",
                "So the proposal to the AGM is 4% on full fees, an intermediate category from 25 to 35, and no joining fee under 30.",
            ),
            ("treasurer", "Agreed."),
            ("secretary", "And I'll draft the letter to members by the end of the month."),
        ],
    },
    "zf_boxing_gym_youth": {
        "turns": [
            (
                "host",
                "On the show today is Marcus Reid, who runs Eastgate Amateur Boxing Club out of an old bus depot. Marcus, welcome.",
            ),
            ("founder", "Cheers. Former bus depot, yes, though it's still freezing in January."),
            ("host", "How did it start?"),
            (
                "founder",
                "In 2014 I was a youth worker, and I noticed the lads who got into trouble were the ones with nothing to do after school. I boxed as a teenager, so I borrowed a church hall two nights a week.",
            ),
            ("host", "How many came?"),
            ("founder", "Four, the first night. By Christmas it was thirty."),
            ("host", "And now?"),
            (
                "founder",
                "About 160 members, and a third of them are girls, which surprises people.",
            ),
            ("host", "Why do you think girls came in such numbers?"),
            (
                "founder",
                "Honestly, because we hired a female coach, Shanice. Once parents saw her on the door, they felt different about sending their daughters.",
            ),
            ("host", "A lot of people think boxing teaches violence. What do you say to them?"),
            (
                "founder",
                "I'd say come and watch a session. Most of it is skipping, footwork and discipline. Nobody spars until they've trained for at least three months and the coach signs them off.",
            ),
            ("host", "Do you charge?"),
            (
                "founder",
                "£2 a session for under-16s, £4 for adults. Nobody is turned away for not having it.",
            ),
            ("host", "How do you keep the lights on, then?"),
            (
                "founder",
                "A grant from the police and crime commissioner, £12,000 a year, plus white-collar fight nights, which bring in another eight or nine thousand.",
            ),
            ("host", "Any success stories?"),
            (
                "founder",
                "Plenty, but Kieran stands out. He was excluded from school at 14, and last year he won a national junior title. Now he helps coach the beginners on Mondays.",
            ),
            ("host", "Brilliant. Marcus, thanks."),
            ("founder", "My pleasure."),
        ],
    },
    "zf_boxing_gym_lease": {
        "turns": [
            ("agent", "Hello, Carter Property, Jess speaking."),
            (
                "owner",
                "Hi Jess, it's Dean from Ironside Boxing Gym. I'm ringing about unit 9 on Foundry Lane, the one you listed last week.",
            ),
            (
                "agent",
                "Ah yes. That's 3,200 square feet, ground floor, with roller shutters at the front.",
            ),
            (
                "owner",
                "Our current place is only 1,800, and the lease ends in June, so we're looking to move.",
            ),
            ("agent", "What's the rent on your current place?"),
            ("owner", "We pay £14,000 a year. What are they asking for unit 9?"),
            ("agent", "£22,500, but the landlord might come down for a five-year lease."),
            (
                "owner",
                "Five years is fine. My worry is the floor. We'd be hanging four heavy bags and putting in a full-size ring.",
            ),
            (
                "agent",
                "It's a concrete slab, built for light industry, so weight won't be an issue. Noise might be, though.",
            ),
            ("owner", "Why's that?"),
            (
                "agent",
                "There's a dental lab in the unit next door, and they complained about the last tenant, a joinery firm.",
            ),
            (
                "owner",
                "Right. We train mostly in the evenings, 5 till 9, so they'd likely be gone by then.",
            ),
            ("agent", "That helps. The other thing is parking, there are only six spaces."),
            (
                "owner",
                "Hmm. Most of our members walk or come by bus, but parents dropping kids off might be a squeeze.",
            ),
            ("agent", "There's a retail park 200 metres away that's free after 6."),
            ("owner", "Okay. Could I see it on Thursday?"),
            ("agent", "Thursday at 11 works. I'll also send the energy certificate, it's rated C."),
            (
                "owner",
                "Perfect, and can you ask whether the landlord would pay for a shower block? We haven't got one now.",
            ),
            (
                "agent",
                "I'll ask, though last time they offered a three-month rent-free period instead of fit-out money.",
            ),
            ("owner", "Either would help. Thanks, Jess."),
        ],
    },
    "zf_netball_fixtures": {
        "turns": [
            ("chair", "Okay, fixtures for the winter season. Becky, how many teams have entered?"),
            (
                "fixtures",
                "Thirty-two, which is four more than last year. So we'll need a fourth division.",
            ),
            ("chair", "Can the leisure centre cope?"),
            (
                "fixtures",
                "Not on Wednesdays. They've cut us from four courts to three because of a badminton booking.",
            ),
            ("captain", "Since when?"),
            ("fixtures", "From the start of October. The manager told me on Friday."),
            ("chair", "So what are the options?"),
            (
                "fixtures",
                "Either we play two nights, Monday and Wednesday, or we move division four to the outdoor courts at Holloway School.",
            ),
            (
                "captain",
                "Outdoor in January? The Holloway courts were like ice last year, and one of our girls ended up in A and E.",
            ),
            (
                "fixtures",
                "They've resurfaced them since, and put in new floodlights over the summer.",
            ),
            ("chair", "Even so, I'd rather keep everyone indoors. What would a Monday cost?"),
            (
                "fixtures",
                "The centre charges £48 an hour per court, so three courts for three hours is £432 a night.",
            ),
            ("chair", "That's a lot across twenty weeks."),
            ("fixtures", "It is. We'd have to put team fees up from £260 to around £310."),
            ("captain", "Teams would pay that rather than play outside, I think."),
            (
                "chair",
                "Let's ask them. Becky, can you email all captains with both options and a deadline?",
            ),
            ("fixtures", "I'll do it tonight. Deadline the 15th of August."),
            ("chair", "And we'll vote on the result at the September meeting."),
        ],
    },
    "zf_netball_umpires": {
        "turns": [
            (
                "host",
                "This week we're talking about a problem every netball league seems to have, which is not enough umpires. With me is Claire Dobson, umpire coordinator for the Southfield league, and Amara, who qualified last year.",
            ),
            ("coordinator", "Hi."),
            ("umpire", "Hello."),
            ("host", "Claire, how bad is the shortage?"),
            (
                "coordinator",
                "We need 40 umpires every Saturday and we have 26 qualified ones. The gap gets filled by players umpiring each other's games, which causes arguments.",
            ),
            ("host", "What kind of arguments?"),
            (
                "coordinator",
                "Mostly about contact and stepping. A player umpire will call it for one team and then play against them an hour later.",
            ),
            ("host", "Amara, why did you qualify?"),
            (
                "umpire",
                "I'd torn my knee ligament and couldn't play for a season, and I missed being at the courts.",
            ),
            ("host", "How long did it take?"),
            (
                "umpire",
                "About four months. There's an online theory exam, and then an assessor watches you umpire three matches.",
            ),
            ("host", "Was it expensive?"),
            ("umpire", "The course was £75, but the league paid it back after I'd done ten games."),
            ("host", "Claire, is that refund new?"),
            (
                "coordinator",
                "We started it in 2022. We also pay umpires £15 a match now, which we never used to.",
            ),
            ("host", "Has it worked?"),
            (
                "coordinator",
                "Partly. We've gained nine umpires, but we lose people too, mainly because of abuse from the sidelines.",
            ),
            (
                "umpire",
                "That's the worst part. A parent followed me to my car once after an under-14 game.",
            ),
            ("host", "What's the league doing about that?"),
            (
                "coordinator",
                "Any team whose supporters abuse an umpire now loses three points, and a second offence means a ban from the next fixture.",
            ),
            ("host", "Strong stuff. Thank you both."),
        ],
    },
    "zf_triathlon_debrief": {
        "turns": [
            (
                "director",
                "Okay, debrief for Sunday's Brackenfield sprint triathlon. Overall, I thought it went well. Sam, volunteers first.",
            ),
            (
                "volunteers",
                "We had 64 marshals signed up and 51 turned up. The missing ones were mostly on the run course, so two junctions were covered by one person each.",
            ),
            ("director", "Which junctions?"),
            (
                "volunteers",
                "The turn at Mill Lane and the one by the garden centre. A runner went the wrong way at the garden centre and added about 800 metres.",
            ),
            ("director", "Did she complain?"),
            (
                "volunteers",
                "She was lovely about it, actually, but we gave her a free entry for next year.",
            ),
            ("director", "Good. Timing, Nadia?"),
            (
                "timing",
                "The chips worked, apart from about a dozen that didn't register in transition. My guess is they were fitted too loosely and slipped down the ankle. Results were online by 1:15, which is our quickest ever.",
            ),
            ("director", "What about entries?"),
            ("timing", "We sold 420 places, capped at 450. Last year it was 310."),
            ("director", "So why didn't we sell out?"),
            (
                "volunteers",
                "The date. It clashed with the city half marathon, which we didn't know about when we booked.",
            ),
            ("director", "Right. What would you change for next year?"),
            (
                "timing",
                "Move the transition area. Having it in the car park meant spectators' cars were queuing right beside it at 7 in the morning.",
            ),
            (
                "volunteers",
                "And more toilets. We had six portable ones and the queue was twenty minutes before the start.",
            ),
            ("director", "I'd budgeted for ten, but the hire company only delivered six."),
            ("volunteers", "Then we should ask for a refund on the other four."),
            ("director", "I'll chase them. Anything else?"),
            (
                "timing",
                "Only that we made a profit of about £3,800, which goes to the mountain rescue team as usual.",
            ),
            ("director", "Lovely. Thanks, everyone."),
        ],
    },
    "zf_triathlon_new_route": {
        "turns": [
            ("officer", "Events team, Ruth speaking."),
            (
                "organiser",
                "Hi Ruth, it's Owen Hale from Tarnside Tri Club. We're hoping to hold a new standard-distance triathlon next June, and I wanted to check what permissions we'd need.",
            ),
            ("officer", "Okay. Which roads would you use?"),
            (
                "organiser",
                "The bike leg would be two laps on the B6250 between Tarnside and Oakley, and the run goes round the country park.",
            ),
            (
                "officer",
                "The B road would need a temporary closure order. That takes at least twelve weeks, and the fee is £1,600.",
            ),
            (
                "organiser",
                "Twelve weeks is fine. Could we avoid a full closure, though? Another organiser told me they used a rolling closure.",
            ),
            (
                "officer",
                "You can, but then you need police-approved traffic management, and that firm alone will cost you more than the closure.",
            ),
            ("organiser", "How much more?"),
            ("officer", "The last event I dealt with paid about £4,000 for it."),
            ("organiser", "Right, full closure then. What about the country park?"),
            (
                "officer",
                "That's a separate booking with the parks team. They'll ask for public liability insurance of at least £5 million.",
            ),
            ("organiser", "British Triathlon covers us for 10 million, so that's fine."),
            (
                "officer",
                "Good. The other thing is residents. There are about forty houses on that stretch, and we'd expect you to leaflet every one of them four weeks before.",
            ),
            ("organiser", "Can they still get out on race morning?"),
            (
                "officer",
                "Only if you provide escorted crossings. Most organisers open the road for five minutes every half hour.",
            ),
            ("organiser", "We can do that. Is there anything that usually gets events refused?"),
            (
                "officer",
                "Mainly late applications, and clashes. There's a farm open day on the 15th of June, so I'd avoid that weekend.",
            ),
            ("organiser", "Then we'll go for the 22nd."),
            (
                "officer",
                "Sounds sensible. Send the application form and route map, and I'll book a safety advisory group meeting.",
            ),
        ],
    },
    "zf_darts_team_withdrawal": {
        "turns": [
            (
                "secretary",
                "Hello, is that Gary at the Red Lion? It's Maureen from the Thursday darts league.",
            ),
            ("landlord", "Hi Maureen. I think I know why you're ringing."),
            ("secretary", "Your team hasn't turned up for two fixtures. Is something wrong?"),
            (
                "landlord",
                "We've lost our captain, Phil, who moved to Leeds, and three of the others only played because he drove them.",
            ),
            (
                "secretary",
                "I'm sorry to hear that. If you miss a third match, the rules say the team is withdrawn and its results are wiped.",
            ),
            ("landlord", "What does that mean for everyone else?"),
            (
                "secretary",
                "Teams that beat you lose those points, so it changes the table. The Crown would drop from second to fourth.",
            ),
            ("landlord", "They won't be happy."),
            ("secretary", "No. Is there anyone who could step in?"),
            (
                "landlord",
                "There's a couple of regulars who throw on Sundays. Decent players, one averages about 60.",
            ),
            (
                "secretary",
                "That's plenty for our league. You need six registered players, and new registrations cost £3 each.",
            ),
            ("landlord", "And do we need to pay the season fee again?"),
            (
                "secretary",
                "No, the £80 is already paid. But you'd have to play the two missed games as catch-up fixtures before Christmas.",
            ),
            (
                "landlord",
                "Can we play them here? The board upstairs is newly lit, and the Crown's oche is a bit short.",
            ),
            (
                "secretary",
                "Home venue stays the same as the original fixture, so one at yours and one away at the Fox.",
            ),
            ("landlord", "Fine. I'll get the names to you by Monday."),
            (
                "secretary",
                "Thanks, Gary. And if it falls through, let me know early, because a withdrawal is better than more no-shows.",
            ),
            ("landlord", "Will do."),
        ],
    },
    "zf_darts_league_agm": {
        "turns": [
            (
                "chair",
                "Welcome to the Westmoor Monday darts league AGM. First, the treasurer's report.",
            ),
            (
                "treasurer",
                "We finished the season with £1,940 in the bank, up from £1,310. Most of that came from the singles knockout, which made £520 this year.",
            ),
            ("chair", "Thanks, Linda. Questions?"),
            ("member", "Why's the presentation night costing so much? I saw £900 in the accounts."),
            (
                "treasurer",
                "That's the trophies plus the buffet. Trophies alone were £560, because we added engraved ones for the ladies' division.",
            ),
            ("member", "Could we not use cheaper trophies?"),
            (
                "chair",
                "We tried that in 2021 and people were embarrassed to take them home. They looked like plastic eggcups.",
            ),
            ("member", "Fair enough."),
            (
                "chair",
                "Next, rule changes. The committee proposes that matches start at 8 instead of 8:30.",
            ),
            ("member", "Why earlier?"),
            (
                "chair",
                "Because matches are finishing past 11:30, and two landlords have complained about staying open late for us.",
            ),
            ("member", "Some of us work until 7 and have to travel. Eight is tight."),
            (
                "chair",
                "The alternative was cutting the singles from best of five legs to best of three, but most captains didn't like that.",
            ),
            ("member", "I'd prefer that, honestly, to rushing here from work."),
            ("chair", "Let's put both to a vote. Hands up for the earlier start."),
            ("treasurer", "I count fourteen."),
            ("chair", "And for shorter singles?"),
            ("treasurer", "Nine hands, so the earlier start is carried."),
            ("chair", "Finally, subs. Linda suggests keeping them at £5 per player per season."),
            ("treasurer", "Given the balance, I see no reason to raise them."),
            (
                "chair",
                "Agreed. That's the meeting, see you all at presentation night on the 12th of May.",
            ),
        ],
    },
    "zf_skate_park_new": {
        "turns": [
            (
                "host",
                "On the local hour today, the plan for a new skate park at Ferncliffe Recreation Ground. I'm joined by councillor Anne Bryce and by Leo Martins, who's nineteen and has been campaigning for it.",
            ),
            ("councillor", "Morning."),
            ("skater", "Hi, thanks."),
            ("host", "Leo, why does Ferncliffe need one?"),
            (
                "skater",
                "The nearest park is in Dunmore, which is two buses away. So kids skate in the precinct, get moved on by security, and end up nowhere.",
            ),
            ("host", "Councillor, what's the budget?"),
            (
                "councillor",
                "£280,000 in total. £180,000 comes from developer contributions for the new housing, and the rest we hope to get from a lottery bid.",
            ),
            ("host", "And if the bid fails?"),
            ("councillor", "Then we'd build a smaller first phase and add to it later."),
            ("host", "Leo, concrete or metal ramps?"),
            (
                "skater",
                "Concrete, definitely. The metal ones at Dunmore are loud, they rust, and they were closed for half of last year for repairs.",
            ),
            (
                "councillor",
                "Concrete's dearer to build but cheaper over twenty years, so we agree with Leo there.",
            ),
            ("host", "Where exactly will it go? Some residents are worried."),
            (
                "councillor",
                "The original plan put it next to the tennis courts, but that's 40 metres from the nearest houses. We've now moved it to the far corner by the railway, which is about 150 metres away.",
            ),
            ("host", "Is that too hidden? Safety at night is a concern."),
            (
                "skater",
                "That's what we said in the consultation. It needs lighting and it needs to be visible from the path.",
            ),
            (
                "councillor",
                "It'll have lights on a timer until 9 pm, and CCTV linked to the park office.",
            ),
            ("host", "And when might it open?"),
            (
                "councillor",
                "If planning goes through in March, building would start in the summer, and we'd hope to open by Easter next year.",
            ),
            (
                "skater",
                "Which is seven years after we started the petition, so I'll believe it when I see it.",
            ),
            ("host", "Ha. Thank you both."),
        ],
    },
    "zf_skate_park_repairs": {
        "turns": [
            (
                "chair",
                "Thanks for coming to the Linford Park users' meeting. Tonight is about the skate park. Dave, you're from the parks department.",
            ),
            (
                "officer",
                "Yes. The bowl was built in 2008, and the coping on the deep end has cracked in three places. We closed that section on the 2nd of May.",
            ),
            ("chair", "How much will it take to fix?"),
            (
                "officer",
                "The contractor's estimate is £11,000. We have £4,500 in this year's maintenance budget.",
            ),
            ("youth", "So where's the rest coming from?"),
            (
                "officer",
                "We're hoping the town council will match our share, and the skaters have offered to run a fundraising jam.",
            ),
            ("youth", "We did one in 2019 and raised about £1,200 from entries and a cake stall."),
            (
                "resident",
                "Can I raise the noise? I live on Birch Street, right behind it, and people are skating at midnight.",
            ),
            ("chair", "Is that every night?"),
            (
                "resident",
                "Weekends mostly. It's not the skating, it's the music from speakers and the shouting.",
            ),
            (
                "youth",
                "That's fair. Most of the regulars are gone by 9, and the late ones are usually older lads from outside the area.",
            ),
            (
                "officer",
                "We could put up signs with opening hours, 8 am to 10 pm, though we can't really enforce them.",
            ),
            ("resident", "Signs won't do anything. What about locking it?"),
            (
                "officer",
                "It's an open park, so we can't fence it off, and a fence would cost more than the repair.",
            ),
            (
                "youth",
                "What if we had a skate warden on Friday and Saturday nights? Our project could pay one of our older volunteers.",
            ),
            ("chair", "I like that. Would it help you?"),
            (
                "resident",
                "If someone actually asks them to turn the music down, yes, I'd give it a try.",
            ),
            (
                "chair",
                "Good. So Dave approaches the town council, the skaters plan a jam, and a warden trial runs for eight weeks from June.",
            ),
            ("officer", "I'll report back at the July meeting."),
        ],
    },
}

QUESTIONS = [
    # zf_tennis_junior_coaching
    (
        "How many kids were in the junior tennis programme when the head coach first joined?",
        "zf_tennis_junior_coaching",
        ["When I arrived in"],
    ),
    (
        "How many juniors does Elmfield have these days?",
        "zf_tennis_junior_coaching",
        ["Just over 140, from"],
    ),
    (
        "Why did the number of junior tennis players grow so much?",
        "zf_tennis_junior_coaching",
        ["Mostly we stopped charging"],
    ),
    (
        "What did the club treasurer want instead of a free trial term?",
        "zf_tennis_junior_coaching",
        ["The treasurer wanted a"],
    ),
    (
        "How close was the committee decision on letting children try tennis for free?",
        "zf_tennis_junior_coaching",
        ["We did, in the"],
    ),
    (
        "What do the youngest tennis players hit so they can rally straight away?",
        "zf_tennis_junior_coaching",
        ["The little ones now"],
    ),
    (
        "Is there a discount when brothers or sisters also do junior tennis?",
        "zf_tennis_junior_coaching",
        ["It's £65 for a"],
    ),
    (
        "Who tops up the money raised for the tennis hardship fund?",
        "zf_tennis_junior_coaching",
        ["A quiz night every"],
    ),
    (
        "How many children are waiting for a place in the junior groups?",
        "zf_tennis_junior_coaching",
        ["Twenty-eight names right now,"],
    ),
    (
        "What would lights on the tennis courts cost?",
        "zf_tennis_junior_coaching",
        ["The quote we got"],
    ),
    # zf_tennis_adult_lessons
    (
        "Which tennis group is meant for adults coming back after years away?",
        "zf_tennis_adult_lessons",
        ["Then our Restart group"],
    ),
    (
        "When will the weekend adult tennis group have space again?",
        "zf_tennis_adult_lessons",
        ["There's also a Sunday"],
    ),
    (
        "What does the six-week adult tennis course at Riverside cost?",
        "zf_tennis_adult_lessons",
        ["£90 for six weeks."],
    ),
    (
        "How much should a returning player pay for a first racket?",
        "zf_tennis_adult_lessons",
        ["Don't spend more than"],
    ),
    (
        "What type of racket did the coach say is easier to learn with?",
        "zf_tennis_adult_lessons",
        ["A lighter frame with"],
    ),
    (
        "How much cheaper is the social membership than the full one?",
        "zf_tennis_adult_lessons",
        ["Afterwards, most people join"],
    ),
    (
        "What restrictions come with social membership at the tennis centre?",
        "zf_tennis_adult_lessons",
        ["Social members can book"],
    ),
    (
        "Why did the tennis centre make its adult groups smaller?",
        "zf_tennis_adult_lessons",
        ["We used to take"],
    ),
    (
        "Why shouldn't I wear trainers for running on the indoor courts?",
        "zf_tennis_adult_lessons",
        ["And wear proper court"],
    ),
    # zf_golf_greens_committee
    (
        "Which greens at the golf club have a thatch problem?",
        "zf_golf_greens_committee",
        ["The short version is"],
    ),
    (
        "What work did the agronomist advise for the greens?",
        "zf_golf_greens_committee",
        ["Hollow tining across all"],
    ),
    (
        "How much was the first quote for draining the 12th green?",
        "zf_golf_greens_committee",
        ["The first quote was"],
    ),
    (
        "What would the cheaper drainage firm do, and at what price?",
        "zf_golf_greens_committee",
        ["Northern Turf can put"],
    ),
    (
        "How long is the slit drain fix expected to last?",
        "zf_golf_greens_committee",
        ["It should last ten"],
    ),
    (
        "Apart from cost, what is the downside of completely rebuilding the green?",
        "zf_golf_greens_committee",
        ["The full rebuild would"],
    ),
    ("How much is in the course reserve fund?", "zf_golf_greens_committee", ["We have £14,000 in"]),
    (
        "Why did the captain have a problem with tining in September?",
        "zf_golf_greens_committee",
        ["If we tine in"],
    ),
    (
        "How long do greens take to get back to normal after tining?",
        "zf_golf_greens_committee",
        ["The greens take about"],
    ),
    # zf_golf_membership_committee
    (
        "How many full members does the golf club have now, and how many did it have before?",
        "zf_golf_membership_committee",
        ["We're at 412 full"],
    ),
    (
        "Which members are mostly leaving the golf club?",
        "zf_golf_membership_committee",
        ["The drop is almost"],
    ),
    (
        "How many golf members are younger than thirty?",
        "zf_golf_membership_committee",
        ["Only 23 under the"],
    ),
    (
        "What subscription increase did the treasurer first propose?",
        "zf_golf_membership_committee",
        ["Which is why I'm"],
    ),
    (
        "Why does the treasurer say the golf club needs more income?",
        "zf_golf_membership_committee",
        ["Maybe, but the clubhouse"],
    ),
    (
        "How would the intermediate membership fees work?",
        "zf_golf_membership_committee",
        ["Pay £450 at 25,"],
    ),
    (
        "Which other club tried a scheme for younger golfers, and did it work?",
        "zf_golf_membership_committee",
        ["Ashdown Park did it"],
    ),
    (
        "Why does the secretary think young members are worth more than their fees?",
        "zf_golf_membership_committee",
        ["Yes, but they spend"],
    ),
    (
        "What compromise on the fee rise did the treasurer agree to?",
        "zf_golf_membership_committee",
        ["I'd accept a smaller"],
    ),
    (
        "Why did the secretary want to scrap the entry fee for younger golfers?",
        "zf_golf_membership_committee",
        ["That £500 is what"],
    ),
    # zf_boxing_gym_youth
    (
        "What kind of building does the Eastgate boxing club use?",
        "zf_boxing_gym_youth",
        ["On the show today"],
    ),
    ("What made Marcus start a boxing club?", "zf_boxing_gym_youth", ["In 2014 I was"]),
    (
        "How many young people turned up to the very first boxing session?",
        "zf_boxing_gym_youth",
        ["Four, the first night."],
    ),
    (
        "What share of the boxing club's members are girls?",
        "zf_boxing_gym_youth",
        ["About 160 members, and"],
    ),
    (
        "Why did so many girls start coming to the boxing gym?",
        "zf_boxing_gym_youth",
        ["Honestly, because we hired"],
    ),
    (
        "When are boxers at Eastgate allowed to spar?",
        "zf_boxing_gym_youth",
        ["Nobody spars until they've"],
    ),
    ("How much do children pay for a boxing session?", "zf_boxing_gym_youth", ["£2 a session for"]),
    ("How is the youth boxing club funded?", "zf_boxing_gym_youth", ["A grant from the"]),
    (
        "What happened to the boy who was thrown out of school?",
        "zf_boxing_gym_youth",
        ["He was excluded from"],
    ),
    # zf_boxing_gym_lease
    (
        "How big is the industrial unit the boxing gym is looking at?",
        "zf_boxing_gym_lease",
        ["That's 3,200 square feet,"],
    ),
    (
        "When does the boxing gym's current lease finish?",
        "zf_boxing_gym_lease",
        ["Our current place is"],
    ),
    ("What rent does Ironside pay at the moment?", "zf_boxing_gym_lease", ["We pay £14,000 a"]),
    ("What rent is being asked for unit 9?", "zf_boxing_gym_lease", ["£22,500, but the landlord"]),
    (
        "Can the floor of the new unit take a boxing ring and heavy bags?",
        "zf_boxing_gym_lease",
        ["It's a concrete slab,"],
    ),
    (
        "Which neighbour might object to noise from the gym?",
        "zf_boxing_gym_lease",
        ["There's a dental lab"],
    ),
    (
        "Where could parents leave their cars when dropping children at the gym?",
        "zf_boxing_gym_lease",
        ["There's a retail park"],
    ),
    ("What time is the viewing of the unit?", "zf_boxing_gym_lease", ["Thursday at 11 works."]),
    (
        "What did the landlord give a previous tenant instead of paying for fit-out?",
        "zf_boxing_gym_lease",
        ["I'll ask, though last"],
    ),
    # zf_netball_fixtures
    (
        "How many teams signed up for the winter netball season?",
        "zf_netball_fixtures",
        ["Thirty-two, which is four"],
    ),
    (
        "Why is the netball league losing a court on Wednesdays?",
        "zf_netball_fixtures",
        ["They've cut us from"],
    ),
    ("When does the cut in Wednesday courts start?", "zf_netball_fixtures", ["From the start of"]),
    (
        "What are the two ways of fitting in the new netball division?",
        "zf_netball_fixtures",
        ["Either we play two"],
    ),
    (
        "Why was the captain against playing outdoors at the school?",
        "zf_netball_fixtures",
        ["The Holloway courts were"],
    ),
    (
        "What has been done to improve the outdoor netball courts?",
        "zf_netball_fixtures",
        ["They've resurfaced them since,"],
    ),
    (
        "How much would an extra Monday night at the leisure centre cost?",
        "zf_netball_fixtures",
        ["The centre charges £48"],
    ),
    (
        "How much would each netball team have to pay if they add Mondays?",
        "zf_netball_fixtures",
        ["We'd have to put"],
    ),
    (
        "When do netball captains have to reply about the options?",
        "zf_netball_fixtures",
        ["Deadline the 15th of"],
    ),
    # zf_netball_umpires
    (
        "How many umpires does the Southfield league need each Saturday, and how many does it have?",
        "zf_netball_umpires",
        ["We need 40 umpires"],
    ),
    (
        "What goes wrong when players umpire other teams' matches?",
        "zf_netball_umpires",
        ["A player umpire will"],
    ),
    ("Why did Amara decide to train as an umpire?", "zf_netball_umpires", ["I'd torn my knee"]),
    (
        "How long did it take Amara to get her umpiring qualification?",
        "zf_netball_umpires",
        ["About four months."],
    ),
    (
        "What do you have to pass to qualify as a netball umpire?",
        "zf_netball_umpires",
        ["There's an online theory"],
    ),
    (
        "Does the league give back the cost of the umpiring course?",
        "zf_netball_umpires",
        ["The course was £75,"],
    ),
    ("How much does an umpire earn per match?", "zf_netball_umpires", ["We also pay umpires"]),
    (
        "Why does the netball league keep losing umpires?",
        "zf_netball_umpires",
        ["We've gained nine umpires,"],
    ),
    (
        "What punishment do teams face if their fans abuse an umpire?",
        "zf_netball_umpires",
        ["Any team whose supporters"],
    ),
    # zf_triathlon_debrief
    (
        "How many marshals actually showed up at the triathlon?",
        "zf_triathlon_debrief",
        ["We had 64 marshals"],
    ),
    (
        "How far out of her way did the lost runner go?",
        "zf_triathlon_debrief",
        ["A runner went the"],
    ),
    (
        "What did the organisers give the runner who went off course?",
        "zf_triathlon_debrief",
        ["She was lovely about"],
    ),
    ("Why didn't some of the timing chips record?", "zf_triathlon_debrief", ["My guess is they"]),
    (
        "How fast were the triathlon results put online?",
        "zf_triathlon_debrief",
        ["Results were online by"],
    ),
    (
        "How many people entered the Brackenfield triathlon compared with the year before?",
        "zf_triathlon_debrief",
        ["We sold 420 places,"],
    ),
    (
        "Why didn't the sprint triathlon fill all its places?",
        "zf_triathlon_debrief",
        ["It clashed with the"],
    ),
    (
        "What was the problem with having transition in the car park?",
        "zf_triathlon_debrief",
        ["Having it in the"],
    ),
    (
        "How many portable toilets had been paid for?",
        "zf_triathlon_debrief",
        ["I'd budgeted for ten,"],
    ),
    (
        "Where does the money made by the triathlon go?",
        "zf_triathlon_debrief",
        ["Only that we made"],
    ),
    # zf_triathlon_new_route
    (
        "How long does it take to get a road closure for the new triathlon?",
        "zf_triathlon_new_route",
        ["That takes at least"],
    ),
    (
        "Why did the organiser decide against a rolling road closure?",
        "zf_triathlon_new_route",
        ["You can, but then"],
    ),
    (
        "How much did another event pay for traffic management?",
        "zf_triathlon_new_route",
        ["The last event I"],
    ),
    (
        "What insurance do the parks team require for the run course?",
        "zf_triathlon_new_route",
        ["They'll ask for public"],
    ),
    (
        "How much cover does the tri club's insurance provide?",
        "zf_triathlon_new_route",
        ["British Triathlon covers us"],
    ),
    (
        "When do the residents along the road have to be informed about the race?",
        "zf_triathlon_new_route",
        ["There are about forty"],
    ),
    (
        "How will people who live on the closed road get out on race day?",
        "zf_triathlon_new_route",
        ["Most organisers open the"],
    ),
    (
        "Why should Tarnside avoid the weekend of the 15th of June?",
        "zf_triathlon_new_route",
        ["There's a farm open"],
    ),
    (
        "What are the usual reasons events get turned down?",
        "zf_triathlon_new_route",
        ["Mainly late applications, and"],
    ),
    # zf_darts_team_withdrawal
    (
        "Why has the Red Lion darts team stopped turning up?",
        "zf_darts_team_withdrawal",
        ["We've lost our captain,"],
    ),
    (
        "What happens to a darts team that misses three fixtures?",
        "zf_darts_team_withdrawal",
        ["If you miss a"],
    ),
    (
        "How would the Crown be affected if the Red Lion pulled out?",
        "zf_darts_team_withdrawal",
        ["The Crown would drop"],
    ),
    (
        "How good are the Sunday players who could join the team?",
        "zf_darts_team_withdrawal",
        ["Decent players, one averages"],
    ),
    (
        "How many players does a darts team need to register, and what does it cost?",
        "zf_darts_team_withdrawal",
        ["You need six registered"],
    ),
    (
        "Does the Red Lion have to pay the league entry fee a second time?",
        "zf_darts_team_withdrawal",
        ["No, the £80 is"],
    ),
    (
        "Why does the landlord want to host the catch-up games at his pub?",
        "zf_darts_team_withdrawal",
        ["The board upstairs is"],
    ),
    (
        "Where will the two missed darts matches be played?",
        "zf_darts_team_withdrawal",
        ["Home venue stays the"],
    ),
    (
        "By when will Gary send the new player names?",
        "zf_darts_team_withdrawal",
        ["I'll get the names"],
    ),
    # zf_darts_league_agm
    (
        "How much money did the Westmoor league end the season with?",
        "zf_darts_league_agm",
        ["We finished the season"],
    ),
    (
        "Which competition brought in the most money for the darts league?",
        "zf_darts_league_agm",
        ["Most of that came"],
    ),
    (
        "Why were the trophies more expensive this year?",
        "zf_darts_league_agm",
        ["Trophies alone were £560,"],
    ),
    (
        "What went wrong when the league bought cheap trophies before?",
        "zf_darts_league_agm",
        ["We tried that in"],
    ),
    (
        "Why does the committee want darts matches to begin earlier?",
        "zf_darts_league_agm",
        ["Because matches are finishing"],
    ),
    (
        "Why did one member object to the earlier start time?",
        "zf_darts_league_agm",
        ["Some of us work"],
    ),
    (
        "What was the other idea for making matches finish sooner?",
        "zf_darts_league_agm",
        ["The alternative was cutting"],
    ),
    ("How many people voted for starting at 8?", "zf_darts_league_agm", ["I count fourteen."]),
    (
        "Are the player subs for the darts league going up?",
        "zf_darts_league_agm",
        ["Linda suggests keeping them"],
    ),
    ("When is the darts presentation night?", "zf_darts_league_agm", ["That's the meeting, see"]),
    # zf_skate_park_new
    (
        "Where is the closest skate park to Ferncliffe at the moment?",
        "zf_skate_park_new",
        ["The nearest park is"],
    ),
    ("Where do young skaters in Ferncliffe go now?", "zf_skate_park_new", ["So kids skate in"]),
    (
        "How is the Ferncliffe skate park being paid for?",
        "zf_skate_park_new",
        ["£280,000 in total.", "£180,000 comes from developer"],
    ),
    (
        "What will the council do if the lottery application is unsuccessful?",
        "zf_skate_park_new",
        ["Then we'd build a"],
    ),
    ("Why doesn't Leo want metal ramps?", "zf_skate_park_new", ["The metal ones at"]),
    (
        "Why does the council also prefer a concrete skate park?",
        "zf_skate_park_new",
        ["Concrete's dearer to build"],
    ),
    (
        "How far from houses will the new skate park be after the change of site?",
        "zf_skate_park_new",
        ["We've now moved it"],
    ),
    (
        "What will be done to make the skate park safe after dark?",
        "zf_skate_park_new",
        ["It'll have lights on"],
    ),
    ("When could the new skate park open?", "zf_skate_park_new", ["If planning goes through"]),
    (
        "How long has Leo been campaigning for a skate park?",
        "zf_skate_park_new",
        ["Which is seven years"],
    ),
    # zf_skate_park_repairs
    (
        "What damage has the bowl at Linford skate park got?",
        "zf_skate_park_repairs",
        ["The bowl was built"],
    ),
    (
        "When was the deep end of the bowl shut?",
        "zf_skate_park_repairs",
        ["We closed that section"],
    ),
    (
        "How much will repairing the skate bowl cost, and how much does the parks department have?",
        "zf_skate_park_repairs",
        ["The contractor's estimate is", "We have £4,500 in"],
    ),
    (
        "How much did the skaters raise at their last fundraiser?",
        "zf_skate_park_repairs",
        ["We did one in"],
    ),
    (
        "What exactly is bothering the neighbour on Birch Street?",
        "zf_skate_park_repairs",
        ["It's not the skating,"],
    ),
    (
        "Who does the youth worker blame for the late-night noise?",
        "zf_skate_park_repairs",
        ["Most of the regulars"],
    ),
    (
        "Why can't the skate park be locked at night?",
        "zf_skate_park_repairs",
        ["It's an open park,"],
    ),
    (
        "What did the youth worker suggest to deal with the noise?",
        "zf_skate_park_repairs",
        ["What if we had"],
    ),
    (
        "How long will the trial of a skate warden last?",
        "zf_skate_park_repairs",
        ["So Dave approaches the"],
    ),
]
