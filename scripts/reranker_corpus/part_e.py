"""Arts and culture interview conversations with paraphrased questions for reranker training  (written for audio_rag; original text)"""

CONVERSATIONS = {
    "e_novelist_salt_ledger": {
        "turns": [
            (
                "host",
                "Welcome back to Between the Pages. My guest today is Mara Quinn, whose fourth novel, The Salt Ledger, came out last week. Mara, thanks for coming in.",
            ),
            ("guest", "Thank you for having me. It's strange to finally talk about it out loud."),
            ("host", "Where did the idea start?"),
            (
                "guest",
                "With my grandmother's account books, actually. She ran a fish shop in Newlyn for thirty years and wrote down every sale in pencil. I found six of them in a biscuit tin after she died, and the margins were full of little notes about customers.",
            ),
            ("host", "So the book grew out of those notes?"),
            (
                "guest",
                "Mostly, yes. The main character, Ettie, is not my grandmother, but she keeps the same kind of ledger.",
            ),
            ("host", "How long did it take you?"),
            (
                "guest",
                "Four years, which is twice as long as my other books. The pandemic swallowed most of 2020, and then I threw away the whole second half.",
            ),
            ("host", "Threw it away?"),
            (
                "guest",
                "Every word. It was about 70,000 words of a love story that nobody, including me, believed in.",
            ),
            ("host", "That must have hurt."),
            ("guest", "For a week. Then it felt like relief."),
            ("host", "Your editor must have had views on the ending too."),
            (
                "guest",
                "She did. She wanted Ettie to leave the town, and I refused, because leaving would have been the easy, cinematic choice. We argued about it for a month and in the end she agreed.",
            ),
            ("host", "And how do you actually write? Do you have a routine?"),
            (
                "guest",
                "I write from six until ten in the morning in a shed at the bottom of the garden. There's no wifi out there, which is the whole point.",
            ),
            ("host", "Right. And what's next?"),
            (
                "guest",
                "A short collection of stories, all set on the same street. I promised my publisher it will not take four years.",
            ),
        ],
    },
    "e_novelist_debut_crime": {
        "turns": [
            (
                "host",
                "You're listening to Crime Shelf. I'm joined by Priya Nandakumar, whose debut thriller, Low Water, has just gone into its third printing. Priya, congratulations.",
            ),
            ("author", "Thank you. I still can't quite believe it."),
            ("host", "You were a nurse before this, weren't you?"),
            (
                "author",
                "Eleven years on an orthopaedic ward in Glasgow. I wrote most of the first draft on my breaks, on my phone, in the staff room.",
            ),
            ("host", "On your phone?"),
            ("author", "All of it. About 90,000 words with my thumbs."),
            ("host", "Wow. And getting an agent, was that easy?"),
            (
                "author",
                "Not at all. I sent it to 23 agents and got 22 rejections. The last one, Helen Marsh, rang me on a Sunday evening, which I later learned agents never do.",
            ),
            ("host", "What made her different?"),
            (
                "author",
                "She said the detective felt like a real person with a bad back and a mortgage, not a genius. That was exactly what I was going for.",
            ),
            ("host", "Let's talk about that detective. Why make her a nurse turned investigator?"),
            (
                "author",
                "Because I know hospitals. Night shifts, the gossip, the way a ward goes quiet at 3am. I could write it without any research.",
            ),
            ("host", "Good point. The book has been sold abroad as well."),
            (
                "author",
                "Nine countries so far. The Korean edition has a completely different cover, a red umbrella, and I love it more than ours.",
            ),
            ("host", "Ha! Did you narrate the audiobook yourself?"),
            (
                "author",
                "I did, which was terrifying. It took five days in a studio in Leith, and I had to re-record chapter twelve because my accent kept drifting.",
            ),
            ("host", "Is there a sequel coming?"),
            (
                "author",
                "Yes, it's due next spring. I've left nursing now, but I still write in short bursts, twenty minutes at a time, out of habit.",
            ),
        ],
    },
    "e_jazz_sax_japan": {
        "turns": [
            (
                "host",
                "Tonight on Late Set I'm talking to tenor saxophonist Dele Okafor, just back from a month in Japan with his quartet. Welcome home, Dele.",
            ),
            ("guest", "Thanks. My body clock is still somewhere over Siberia."),
            ("host", "How many shows did you play?"),
            (
                "guest",
                "Twenty-six in thirty-one days. Tokyo, Osaka, Nagoya, Sapporo, and a lot of small cities I'd never heard of before.",
            ),
            ("host", "That's a brutal schedule."),
            (
                "guest",
                "It is, but Japanese promoters are incredibly organised. Every train time was printed on a card for us each morning.",
            ),
            ("host", "What were the audiences like?"),
            (
                "guest",
                "Very quiet during the music and then very loud at the end. At first I thought they hated us, because nobody clapped after the solos.",
            ),
            ("host", "Right."),
            (
                "guest",
                "Our promoter explained that they didn't want to interrupt. By the second week I actually preferred it.",
            ),
            ("host", "Any disasters?"),
            (
                "guest",
                "The airline lost my saxophone case in Osaka. For two days I played a borrowed horn from a music school, and it had a sticky G key that I had to hold down with tape.",
            ),
            ("host", "Did the case turn up?"),
            ("guest", "Eventually, at the hotel, with a customs sticker and no explanation."),
            ("host", "What about the band? Same line-up as the album?"),
            (
                "guest",
                "Not quite. Our regular drummer, Sam, had a baby due, so we took Keiko Mori, who lives in Kyoto. She knew the whole book in a week.",
            ),
            ("host", "Would you go back?"),
            (
                "guest",
                "Tomorrow. Although next time I'd plan fewer days in a row, maybe four shows and then a rest, because by the end my lip was gone.",
            ),
            ("host", "Dele Okafor, thank you."),
            ("guest", "My pleasure."),
        ],
    },
    "e_jazz_piano_van": {
        "turns": [
            (
                "host",
                "This is Bandstand Diaries. With me are pianist Ruth Halloran and her bassist, Tomasz Nowak, who've just finished fourteen club dates across Germany, Belgium and the Netherlands in a hired van. Welcome to you both.",
            ),
            ("pianist", "Hello."),
            ("bassist", "Hi, good to be here."),
            ("host", "Ruth, as a pianist you can't bring your instrument. How was that?"),
            (
                "pianist",
                "That's the eternal problem. In Hamburg the piano was a beautiful old Steinway, and two nights later in Liège I got an upright with three dead keys in the middle register.",
            ),
            ("host", "What do you do with dead keys?"),
            (
                "pianist",
                "You rewrite the tune on the spot. I moved the whole ballad up a fourth so I could avoid them.",
            ),
            ("host", "Tomasz, who did the driving?"),
            (
                "bassist",
                "Me, mostly. Ruth drove once and we ended up in a car park in Utrecht at 2am.",
            ),
            ("pianist", "That's slander. The sat nav did that, not me."),
            ("host", "And the money side, does a tour like this pay?"),
            (
                "bassist",
                "Barely. The fees covered the van and hotels, and the CDs and vinyl we sold at the merch table paid for fuel and food.",
            ),
            ("host", "So the merch table matters."),
            (
                "pianist",
                "It's the difference between breaking even and losing money. We sold about 300 records in two weeks.",
            ),
            ("host", "Which night stood out?"),
            (
                "bassist",
                "Ghent, for me. The club held maybe sixty people, and they sang the melody of our last tune back to us.",
            ),
            ("pianist", "For me too, actually. I nearly cried."),
            ("host", "Any advice for young bands planning their first tour?"),
            (
                "pianist",
                "Book fewer cities and stay two nights where you can. The driving is what kills you, not the playing.",
            ),
        ],
    },
    "e_director_documentary_bees": {
        "turns": [
            (
                "host",
                "On Frame by Frame today, documentary director Alma Verhoeven, whose film The Last Hives opens in cinemas on Friday. Alma, welcome.",
            ),
            ("director", "Thank you, it's lovely to be here."),
            (
                "host",
                "The film follows three beekeepers in the Carpathian mountains. How did you find them?",
            ),
            (
                "director",
                "By accident. I was on holiday in Romania in 2017, bought honey at a roadside stall, and the man selling it invited me to see his hives. That was Ion, who became the heart of the film.",
            ),
            ("host", "And the other two?"),
            (
                "director",
                "His cousin and a young woman from the next valley who had just inherited forty hives from her father.",
            ),
            ("host", "How long were you filming?"),
            (
                "director",
                "Three summers in a row. We'd go out for six weeks each year, a crew of just three people, and live in the village.",
            ),
            ("host", "How was it financed?"),
            (
                "director",
                "Badly, at first! We raised about 40,000 euros through crowdfunding, and then a Dutch broadcaster came in with the rest once they saw a rough cut.",
            ),
            ("host", "What was the total?"),
            ("director", "Around 210,000 euros, which is tiny for a feature documentary."),
            ("host", "Were you stung?"),
            (
                "director",
                "Constantly. Our sound recordist got stung on the eyelid on day two and still came back the next morning.",
            ),
            ("host", "There's no narration in the film. Why?"),
            (
                "director",
                "I think narration tells the audience what to feel. I wanted people to sit with the beekeepers the way I did, in silence, and work it out.",
            ),
            ("host", "Some critics said it was too slow."),
            ("director", "That's fair. It is slow. But so is beekeeping."),
            ("host", "Alma Verhoeven, thank you."),
        ],
    },
    "e_director_horror_farmhouse": {
        "turns": [
            (
                "host",
                "Welcome to Midnight Reel. I've got director Callum Reid and producer Hana Siddiqui, the team behind the horror film Hollow Acre. Hi both.",
            ),
            ("director", "Hi."),
            ("producer", "Hello, thanks for having us."),
            (
                "host",
                "Callum, the whole film happens in one farmhouse. Was that a budget decision?",
            ),
            (
                "director",
                "Partly. But I also grew up in a farmhouse in Perthshire, and I know how loud an old house is at night.",
            ),
            ("host", "Hana, what was the budget?"),
            (
                "producer",
                "Just under 300,000 pounds. We shot it in eighteen days in November, which meant the light was gone by four in the afternoon.",
            ),
            ("host", "That sounds tough."),
            ("producer", "It was. We did a lot of our day scenes in a rush before lunch."),
            ("host", "Callum, the creature is all practical effects, no CGI. Why?"),
            (
                "director",
                "Actors react better to something that's actually in the room. Our creature was a puppet operated by three people, and one of the cast genuinely screamed the first time she saw it.",
            ),
            ("host", "Was that take used?"),
            ("director", "It's in the film, yes. Third act."),
            ("host", "And where did it premiere?"),
            (
                "producer",
                "At a genre festival in Lisbon in March. We sold the distribution rights there to a company in the States.",
            ),
            ("host", "Did you two ever disagree?"),
            ("producer", "About the ending, constantly. I wanted the family to escape."),
            (
                "director",
                "And I didn't. We shot both versions, tested them with an audience of about 120, and the darker one won by a mile.",
            ),
            ("host", "So you were right."),
            ("director", "This time."),
        ],
    },
    "e_chess_juniors": {
        "turns": [
            (
                "host",
                "On Community Hour this week, Gwen Adeyemi, who runs the junior section of the Riverside Chess Club. Gwen, how did it start?",
            ),
            (
                "organiser",
                "In 2019 with four children around my kitchen table, including my own two. Now we have 46 on the register.",
            ),
            ("host", "Forty-six! Where do you meet?"),
            (
                "organiser",
                "The upstairs room of the public library, every Tuesday from half four to six. The library lets us have it free as long as we tidy up.",
            ),
            ("host", "What age are they?"),
            (
                "organiser",
                "The youngest is six, the oldest fifteen. We split them into three groups by strength, not age.",
            ),
            ("host", "Why not age?"),
            (
                "organiser",
                "Because a nine-year-old can easily beat a fourteen-year-old. Putting them by age would bore one and crush the other.",
            ),
            ("host", "Do the children play online as well?"),
            (
                "organiser",
                "Lots of them do, and I don't fight it. But I insist on one rule at the club, no phones at the board, and we shake hands before and after every game.",
            ),
            ("host", "Right."),
            (
                "organiser",
                "The handshake matters more than people think. Learning to lose politely is half of what chess teaches.",
            ),
            ("host", "Have you had any success in competitions?"),
            (
                "organiser",
                "Last year our under-twelve team came second in the county championship. And one girl, Lily, who is eleven, now has a rating higher than mine.",
            ),
            ("host", "How does that feel?"),
            ("organiser", "Wonderful and slightly humiliating."),
            ("host", "If parents want to sign up?"),
            (
                "organiser",
                "Just come along on a Tuesday. It's three pounds a session, and we lend boards to anyone who doesn't have one at home.",
            ),
        ],
    },
    "e_chess_pub_league": {
        "turns": [
            (
                "host",
                "Tonight's Local Voices comes from the back room of the Kings Arms, home of the Millbrook Chess Club for over fifty years. I'm with club secretary Derek Shaw and one of its newest members, Ana Costa.",
            ),
            ("secretary", "Evening."),
            ("member", "Hello!"),
            ("host", "Derek, fifty years in a pub. Why here?"),
            (
                "secretary",
                "1971, the founders were all regulars. The landlord gave them the back room on Thursdays, and every landlord since has kept the deal.",
            ),
            ("host", "What's the catch?"),
            ("secretary", "We have to buy a drink each. It's not a hard rule to keep."),
            ("host", "Ana, you joined recently. What brought you in?"),
            (
                "member",
                "I'd played about 2,000 games online during lockdown and realised I'd never sat opposite a real person. It felt completely different, much more nervous.",
            ),
            ("host", "More nervous? How?"),
            ("member", "Online you can't see the other player sigh. Derek sighs a lot."),
            ("secretary", "Only when you hang your queen."),
            ("host", "Tell me about the league."),
            (
                "secretary",
                "We run two teams in the district league, eight boards each. Matches are home and away, so some Thursdays we're driving forty minutes to a village hall.",
            ),
            ("host", "How are you doing this season?"),
            (
                "secretary",
                "The first team is top with three matches left. The second team is, let's say, building.",
            ),
            ("host", "And membership?"),
            (
                "secretary",
                "Thirty pounds a year, ten for students. We're at 38 members, up from 25 before Ana's lot started coming.",
            ),
            ("member", "There are five of us from the same online forum now."),
            ("host", "Does the club want more young players?"),
            (
                "secretary",
                "Desperately. The average age was nearly sixty when I took over the job in 2015.",
            ),
        ],
    },
    "e_lang_podcast_spanish": {
        "turns": [
            ("host", "Hola and welcome to episode 112 of Slow Lane Languages. I'm Ben."),
            (
                "cohost",
                "And I'm Carla. Today's guest, Martin Fell, started learning Spanish at 52 and now teaches English in Valencia. Martin, bienvenido.",
            ),
            ("guest", "Gracias! Happy to be here."),
            ("host", "Why Spanish, and why so late?"),
            (
                "guest",
                "My wife got a job offer in Valencia in 2018. We had three months' notice and I knew about ten words, most of them food.",
            ),
            ("cohost", "What did you do in those three months?"),
            (
                "guest",
                "An hour a day with an app, and honestly, it didn't help much. I could order a coffee but I couldn't understand the answer.",
            ),
            ("host", "So what actually worked?"),
            (
                "guest",
                "Intercambios. Weekly meetups in a bar where you speak English for half an hour and Spanish for half an hour. I went every Wednesday for two years.",
            ),
            ("cohost", "That's my favourite method too."),
            (
                "guest",
                "The key was making mistakes in front of strangers. After the first few weeks the embarrassment just wore off.",
            ),
            ("host", "What was the hardest part of the language?"),
            ("guest", "The subjunctive, without question. I still get it wrong when I'm tired."),
            ("cohost", "Everyone does. Even natives sometimes."),
            ("host", "Did you take any exams?"),
            (
                "guest",
                "I passed the DELE B2 in 2021, at the second attempt. The first time I failed the listening section by two points.",
            ),
            ("host", "Ouch. Any advice for listeners starting in their fifties?"),
            (
                "guest",
                "Forget about sounding native. Aim to be understood, and watch the same TV series twice, first with subtitles and then without.",
            ),
            ("cohost", "Great tip. Martin, muchas gracias."),
        ],
    },
    "e_lang_podcast_japanese": {
        "turns": [
            (
                "host",
                "This is Fluent Friday, the show about how people really learn languages. My guest is Sophie Tran, an accountant in Leeds who passed the JLPT N2 in Japanese after three years of study. Sophie, welcome.",
            ),
            ("guest", "Thanks, I'm a long-time listener."),
            ("host", "Start with the obvious question. Why Japanese?"),
            (
                "guest",
                "Honestly, it was cooking videos. I watched a Japanese chef on YouTube for months and got annoyed that I needed the subtitles.",
            ),
            ("host", "And you started from zero?"),
            ("guest", "Completely. I couldn't read a single character."),
            ("host", "How did you tackle the writing system?"),
            (
                "guest",
                "Kana first, which took about two weeks. Then kanji with flashcards, fifteen new ones every day, no exceptions, even on holiday.",
            ),
            ("host", "Fifteen a day for three years?"),
            (
                "guest",
                "Roughly. By the exam I knew about 1,200, which is still not enough to read a newspaper comfortably.",
            ),
            ("host", "What about speaking? You live in Leeds, not Tokyo."),
            (
                "guest",
                "I booked online tutors, two lessons a week at about twelve pounds each. I tried four tutors before I found one who corrected me properly instead of just being nice.",
            ),
            ("host", "Go on."),
            (
                "guest",
                "The nice ones were pleasant, but I wasn't improving. Mine now interrupts me constantly, and I love it.",
            ),
            ("host", "How many hours did it all add up to?"),
            (
                "guest",
                "I logged everything in a spreadsheet, being an accountant. It came to just over 1,900 hours.",
            ),
            ("host", "Of course you did. What would you do differently?"),
            (
                "guest",
                "Start speaking earlier. I spent my first year only reading, and my first real conversation was a disaster.",
            ),
            ("host", "And what's the next goal?"),
            (
                "guest",
                "N1, and a trip to Fukuoka next spring to finally eat at that chef's restaurant.",
            ),
        ],
    },
    "e_photo_wildlife_otters": {
        "turns": [
            (
                "host",
                "Welcome to Wild Lens. My guest is Isla Munro, whose photograph of an otter carrying a crab won the coastal category at this year's Nature Image Awards. Isla, congratulations.",
            ),
            ("guest", "Thank you. I'm still a bit stunned."),
            ("host", "Where was it taken?"),
            (
                "guest",
                "On the west coast of Mull, in a little rocky bay I've been visiting for six years. I won't say exactly where, because otters are easily disturbed.",
            ),
            ("host", "How long did you wait for the shot?"),
            (
                "guest",
                "Eleven days that trip. On ten of them I saw nothing, or an otter's tail disappearing into the kelp.",
            ),
            ("host", "And on the eleventh?"),
            (
                "guest",
                "She came out of the water about fifteen metres away, sat on a rock and ate the crab as if I wasn't there. I took about 400 frames in four minutes.",
            ),
            ("host", "What were you using?"),
            (
                "guest",
                "A 600 millimetre lens on a beanbag, lying flat on wet seaweed. The lens cost more than my car.",
            ),
            ("host", "Right."),
            ("guest", "I'm not joking. I saved for two years for it."),
            ("host", "How do you avoid disturbing the animals?"),
            (
                "guest",
                "I always stay downwind, because their sense of smell is far better than their eyesight. And I never follow one if it moves away.",
            ),
            (
                "host",
                "Some people say wildlife photography is becoming too competitive. Do you agree?",
            ),
            (
                "guest",
                "Partly. There are now too many people chasing the same few famous animals. I'd rather photographers found their own patch and stayed with it for years.",
            ),
            ("host", "What's next?"),
            ("guest", "Winter seabirds, which means a lot of cold mornings and a lot of cake."),
        ],
    },
    "e_photo_street_film": {
        "turns": [
            (
                "host",
                "You're on Arts Drive. In the studio is street photographer Tunde Bakare, whose exhibition, Corner Shop Mornings, opens at the Dock Street Gallery in Bristol on Saturday. Tunde, welcome.",
            ),
            ("guest", "Thanks for having me."),
            ("host", "All of these pictures are on film. Why not digital?"),
            (
                "guest",
                "Because film slows me down. With 36 frames on a roll, I think before I press the shutter instead of spraying hundreds of pictures.",
            ),
            ("host", "How many rolls went into the exhibition?"),
            ("guest", "About 280 rolls over five years, and 42 prints made it onto the wall."),
            ("host", "That's a tiny hit rate."),
            (
                "guest",
                "That's normal for street work. Most frames are someone blinking or a bin in the wrong place.",
            ),
            ("host", "We have a caller, Judith in Bath. Go ahead, Judith."),
            (
                "caller",
                "Hello. I'd like to ask about permission. Do you ask people before you photograph them?",
            ),
            (
                "guest",
                "Usually afterwards, to be honest. If someone notices me I go over, show them the camera and explain. If they want it deleted, I cut that negative out of the strip in front of them.",
            ),
            ("caller", "Really? Even if it's a great shot?"),
            (
                "guest",
                "Even then. It's happened maybe six times, and one of those was probably the best picture I ever took.",
            ),
            ("caller", "Thank you, that's reassuring."),
            ("host", "Which camera do you use?"),
            (
                "guest",
                "A Leica M6 that I bought secondhand in 2016 for about £1,100. It's quiet, and people don't notice it the way they notice a big digital body.",
            ),
            ("host", "And do you develop the film yourself?"),
            (
                "guest",
                "The black and white, yes, in my bathroom. The colour goes to a lab in London because the chemistry is too fussy.",
            ),
            ("host", "The exhibition runs until when?"),
            ("guest", "The end of September, and entry is free."),
        ],
    },
    "e_choir_community": {
        "turns": [
            (
                "host",
                "On Sound Community this week, conductor Rosa Ellery of the Thornbury Open Voices, a choir with no auditions, and one of her tenors, Geoff Pike. Welcome.",
            ),
            ("conductor", "Thank you."),
            ("singer", "Hello."),
            ("host", "Rosa, no auditions at all?"),
            (
                "conductor",
                "No, none at all. If you can turn up on a Monday night, you're in. We started with twelve people in 2014 and we're now 84.",
            ),
            ("host", "Doesn't that make it hard to sound good?"),
            (
                "conductor",
                "It makes it different. I teach everything by ear, with parts recorded on my phone, because about half the choir can't read music.",
            ),
            ("host", "Geoff, could you read music when you joined?"),
            (
                "singer",
                "Not a note. I joined after my wife died, mainly to get out of the house. I was sixty-eight at the time.",
            ),
            ("host", "And now?"),
            (
                "singer",
                "I can follow the shape of it. And I've made more friends in four years than in the previous twenty.",
            ),
            (
                "conductor",
                "That's the real point of it, honestly. The singing is almost the excuse.",
            ),
            ("host", "What do you sing?"),
            (
                "conductor",
                "Everything. Gospel, folk, a bit of Abba, and one Welsh hymn that Geoff insists on every season.",
            ),
            ("singer", "It's the only one I know all the words to."),
            ("host", "Big concert coming up?"),
            (
                "conductor",
                "December the 14th in Gloucester Cathedral, with two other choirs. Around 250 singers altogether.",
            ),
            ("host", "What does it cost to be a member?"),
            (
                "conductor",
                "Five pounds a week, but nobody is turned away if they can't pay. A local bakery sponsors us so it balances out.",
            ),
        ],
    },
    "e_choir_chamber_competition": {
        "turns": [
            (
                "host",
                "On Choral Notes today I'm talking to Daniel Okonjo, conductor of the chamber choir Vox Aurea, who have just won first prize at the Brecon International Choir Competition. Daniel, congratulations.",
            ),
            ("conductor", "Thank you. We're still celebrating, quietly."),
            ("host", "How big is the choir?"),
            (
                "conductor",
                "Twenty-four singers, six on each part. Everyone auditions, and we re-audition every two years.",
            ),
            ("host", "Every two years? That sounds harsh."),
            (
                "conductor",
                "Some members think so. But it keeps the standard honest, and nobody has left because of it.",
            ),
            ("host", "What did you sing in the final?"),
            (
                "conductor",
                "A Victoria motet, a new piece by a young Estonian composer, and a Welsh folk arrangement as a nod to the hosts.",
            ),
            ("host", "Why the Estonian piece?"),
            (
                "conductor",
                "It uses overtone singing in the middle section, which nobody else would attempt. I thought it would make the jury sit up.",
            ),
            ("host", "Did it?"),
            ("conductor", "One juror told us afterwards it was the reason we won."),
            ("host", "How did you prepare?"),
            (
                "conductor",
                "Two extra rehearsals a week for three months, on top of our usual Thursday. And a weekend retreat in a converted chapel where we sang the programme nine times in a row.",
            ),
            ("host", "Nine times?"),
            (
                "conductor",
                "Competition nerves do strange things. If you've sung it nine times while exhausted, you can sing it once on stage.",
            ),
            ("host", "What's the prize?"),
            ("conductor", "5,000 pounds and an invitation to perform in Tallinn next summer."),
            ("host", "Any disagreements inside the choir about the programme?"),
            (
                "conductor",
                "The sopranos hated the Estonian piece at first. They said it was more noise than music, and it took about a month for them to come round.",
            ),
        ],
    },
}

QUESTIONS = [
    # e_novelist_salt_ledger
    (
        "What gave Mara Quinn the idea for The Salt Ledger?",
        "e_novelist_salt_ledger",
        ["With my grandmother's account books"],
    ),
    (
        "What sort of shop did the novelist's grandmother have?",
        "e_novelist_salt_ledger",
        ["She ran a fish shop"],
    ),
    (
        "How many of her grandmother's notebooks turned up, and where were they kept?",
        "e_novelist_salt_ledger",
        ["I found six of them"],
    ),
    (
        "Why did The Salt Ledger take so much longer than her previous novels?",
        "e_novelist_salt_ledger",
        ["Four years, which is", "The pandemic swallowed most"],
    ),
    (
        "What was in the part of the manuscript she deleted?",
        "e_novelist_salt_ledger",
        ["It was about 70,000"],
    ),
    (
        "How did Mara feel after scrapping half the draft?",
        "e_novelist_salt_ledger",
        ["For a week.", "Then it felt like"],
    ),
    (
        "Why wouldn't the author let her heroine move away at the end?",
        "e_novelist_salt_ledger",
        ["She wanted Ettie to"],
    ),
    (
        "Who gave way in the dispute over how The Salt Ledger ends?",
        "e_novelist_salt_ledger",
        ["We argued about it"],
    ),
    (
        "Where and at what hours does Mara Quinn do her writing?",
        "e_novelist_salt_ledger",
        ["I write from six"],
    ),
    (
        "What book is she working on after The Salt Ledger?",
        "e_novelist_salt_ledger",
        ["A short collection of"],
    ),
    # e_novelist_debut_crime
    (
        "What did Priya Nandakumar do for a living before becoming an author?",
        "e_novelist_debut_crime",
        ["Eleven years on an"],
    ),
    (
        "When and on what did she write the first draft of Low Water?",
        "e_novelist_debut_crime",
        ["I wrote most of the"],
    ),
    ("How many agents rejected the debut thriller?", "e_novelist_debut_crime", ["I sent it to 23"]),
    (
        "What did the agent who took her on like about the book?",
        "e_novelist_debut_crime",
        ["She said the detective"],
    ),
    (
        "Why did the crime writer give her investigator a nursing background?",
        "e_novelist_debut_crime",
        ["Because I know hospitals."],
    ),
    (
        "How many countries has Low Water been sold to?",
        "e_novelist_debut_crime",
        ["Nine countries so far."],
    ),
    (
        "Which foreign cover of her book does the author like best?",
        "e_novelist_debut_crime",
        ["The Korean edition has"],
    ),
    (
        "Why did a chapter of the audiobook have to be recorded again?",
        "e_novelist_debut_crime",
        ["It took five days"],
    ),
    ("When is the sequel to Low Water expected?", "e_novelist_debut_crime", ["Yes, it's due next"]),
    # e_jazz_sax_japan
    (
        "How many gigs did Dele Okafor's quartet do in Japan?",
        "e_jazz_sax_japan",
        ["Twenty-six in thirty-one"],
    ),
    (
        "How did the Japanese promoters keep the band on schedule?",
        "e_jazz_sax_japan",
        ["Every train time was"],
    ),
    (
        "Why did the saxophonist think the audiences in Japan disliked them at first?",
        "e_jazz_sax_japan",
        ["At first I thought"],
    ),
    (
        "Why didn't Japanese listeners clap after the solos?",
        "e_jazz_sax_japan",
        ["Our promoter explained that"],
    ),
    (
        "What did Dele play after the airline lost his instrument?",
        "e_jazz_sax_japan",
        ["For two days I"],
    ),
    (
        "Where did the missing sax case eventually reappear?",
        "e_jazz_sax_japan",
        ["Eventually, at the hotel"],
    ),
    (
        "Who stood in on drums for the Japan tour, and why?",
        "e_jazz_sax_japan",
        ["Our regular drummer, Sam"],
    ),
    (
        "What would the saxophonist do differently when planning another tour?",
        "e_jazz_sax_japan",
        ["Although next time I'd"],
    ),
    # e_jazz_piano_van
    (
        "In which city did Ruth get the best piano of the tour?",
        "e_jazz_piano_van",
        ["In Hamburg the piano"],
    ),
    (
        "How did the pianist deal with an upright that had broken keys?",
        "e_jazz_piano_van",
        ["You rewrite the tune", "I moved the whole"],
    ),
    (
        "What happened when Ruth took a turn driving the van?",
        "e_jazz_piano_van",
        ["Ruth drove once and"],
    ),
    (
        "What did Ruth blame for ending up in the wrong place?",
        "e_jazz_piano_van",
        ["The sat nav did"],
    ),
    (
        "What paid for petrol and meals on the pianist's tour?",
        "e_jazz_piano_van",
        ["The fees covered the"],
    ),
    (
        "How many records did the duo sell over the fortnight?",
        "e_jazz_piano_van",
        ["We sold about 300"],
    ),
    (
        "Which gig did the two musicians remember most, and why?",
        "e_jazz_piano_van",
        ["Ghent, for me.", "The club held maybe"],
    ),
    (
        "What tip does Ruth give bands going on the road for the first time?",
        "e_jazz_piano_van",
        ["Book fewer cities and", "The driving is what"],
    ),
    # e_director_documentary_bees
    (
        "How did Alma Verhoeven come across the beekeeper at the centre of her film?",
        "e_director_documentary_bees",
        ["I was on holiday"],
    ),
    (
        "Who are the other beekeepers in The Last Hives?",
        "e_director_documentary_bees",
        ["His cousin and a"],
    ),
    (
        "How long did the shoot for the bee documentary last?",
        "e_director_documentary_bees",
        ["Three summers in a"],
    ),
    (
        "How many people were on the documentary crew and where did they stay?",
        "e_director_documentary_bees",
        ["We'd go out for"],
    ),
    (
        "How much of the beekeeping film's money was crowdfunded?",
        "e_director_documentary_bees",
        ["We raised about 40,000"],
    ),
    (
        "What was the total cost of The Last Hives?",
        "e_director_documentary_bees",
        ["Around 210,000 euros, which"],
    ),
    (
        "Which crew member got a nasty sting early in filming?",
        "e_director_documentary_bees",
        ["Our sound recordist got"],
    ),
    (
        "Why is there no voiceover in the documentary?",
        "e_director_documentary_bees",
        ["I think narration tells", "I wanted people to"],
    ),
    (
        "How did the director answer critics who found the film too slow?",
        "e_director_documentary_bees",
        ["It is slow.", "But so is beekeeping."],
    ),
    # e_director_horror_farmhouse
    (
        "Apart from money, why is Hollow Acre set in a farmhouse?",
        "e_director_horror_farmhouse",
        ["But I also grew"],
    ),
    (
        "How much did the horror film cost to make?",
        "e_director_horror_farmhouse",
        ["Just under 300,000 pounds."],
    ),
    (
        "How many days did it take to shoot Hollow Acre, and in which month?",
        "e_director_horror_farmhouse",
        ["We shot it in"],
    ),
    (
        "Why were the daylight scenes rushed?",
        "e_director_horror_farmhouse",
        ["We shot it in", "We did a lot"],
    ),
    ("How was the monster created on set?", "e_director_horror_farmhouse", ["Our creature was a"]),
    ("Why did Callum avoid using CGI?", "e_director_horror_farmhouse", ["Actors react better to"]),
    (
        "Where did Hollow Acre have its premiere?",
        "e_director_horror_farmhouse",
        ["At a genre festival"],
    ),
    (
        "Which ending did the producer want for the film?",
        "e_director_horror_farmhouse",
        ["About the ending, constantly.", "I wanted the family"],
    ),
    (
        "How did the director and producer settle the argument about the ending?",
        "e_director_horror_farmhouse",
        ["We shot both versions"],
    ),
    # e_chess_juniors
    (
        "How many kids were there when Gwen's junior chess group began?",
        "e_chess_juniors",
        ["In 2019 with four"],
    ),
    ("How many juniors are enrolled at Riverside now?", "e_chess_juniors", ["Now we have 46"]),
    (
        "Where and on which day does the junior chess section meet?",
        "e_chess_juniors",
        ["The upstairs room of"],
    ),
    (
        "Why are the young players sorted by ability instead of age?",
        "e_chess_juniors",
        ["Because a nine-year-old can"],
    ),
    ("What rule does the junior club have about mobiles?", "e_chess_juniors", ["But I insist on"]),
    (
        "Why does Gwen care so much about handshakes?",
        "e_chess_juniors",
        ["The handshake matters more", "Learning to lose politely"],
    ),
    (
        "How did the under-twelves do in the county competition?",
        "e_chess_juniors",
        ["Last year our under-twelve"],
    ),
    (
        "How does Gwen feel about being overtaken by an eleven-year-old?",
        "e_chess_juniors",
        ["Wonderful and slightly humiliating."],
    ),
    ("How much does a junior chess session cost?", "e_chess_juniors", ["It's three pounds a"]),
    # e_chess_pub_league
    (
        "Since what year has the Millbrook club played at the pub?",
        "e_chess_pub_league",
        ["1971, the founders were"],
    ),
    (
        "What does the pub expect in exchange for the back room?",
        "e_chess_pub_league",
        ["We have to buy"],
    ),
    (
        "What made Ana want to play chess in person?",
        "e_chess_pub_league",
        ["I'd played about 2,000"],
    ),
    (
        "What does Ana find different about playing across a real board?",
        "e_chess_pub_league",
        ["Online you can't see"],
    ),
    (
        "How many boards are in each Millbrook league team?",
        "e_chess_pub_league",
        ["We run two teams"],
    ),
    (
        "How are the pub club's two teams doing this season?",
        "e_chess_pub_league",
        ["The first team is", "The second team is"],
    ),
    (
        "What does a year's membership at Millbrook cost?",
        "e_chess_pub_league",
        ["Thirty pounds a year"],
    ),
    (
        "How many members does the pub chess club have at the moment?",
        "e_chess_pub_league",
        ["We're at 38 members"],
    ),
    (
        "How old were the members on average when Derek took over as secretary?",
        "e_chess_pub_league",
        ["The average age was"],
    ),
    # e_lang_podcast_spanish
    ("Why did Martin Fell move to Valencia?", "e_lang_podcast_spanish", ["My wife got a"]),
    (
        "How much Spanish did Martin know before moving?",
        "e_lang_podcast_spanish",
        ["We had three months'"],
    ),
    (
        "Did the language app help Martin?",
        "e_lang_podcast_spanish",
        ["An hour a day", "I could order a"],
    ),
    (
        "What are intercambios and how often did he go?",
        "e_lang_podcast_spanish",
        ["Weekly meetups in a", "I went every Wednesday"],
    ),
    (
        "How did Martin get past the embarrassment of speaking Spanish?",
        "e_lang_podcast_spanish",
        ["The key was making", "After the first few"],
    ),
    (
        "Which bit of Spanish grammar gave him the most trouble?",
        "e_lang_podcast_spanish",
        ["The subjunctive, without question."],
    ),
    (
        "Which Spanish qualification did he get and in what year?",
        "e_lang_podcast_spanish",
        ["I passed the DELE"],
    ),
    (
        "Why did Martin fail his first attempt at the exam?",
        "e_lang_podcast_spanish",
        ["The first time I"],
    ),
    (
        "What advice does the guest give people learning Spanish in their fifties?",
        "e_lang_podcast_spanish",
        ["Forget about sounding native.", "Aim to be understood,"],
    ),
    # e_lang_podcast_japanese
    (
        "What first got Sophie interested in Japanese?",
        "e_lang_podcast_japanese",
        ["Honestly, it was cooking"],
    ),
    (
        "How long did it take Sophie to learn kana?",
        "e_lang_podcast_japanese",
        ["Kana first, which took"],
    ),
    (
        "How many new kanji did she learn each day?",
        "e_lang_podcast_japanese",
        ["Then kanji with flashcards,"],
    ),
    (
        "How many kanji did she know when she sat the JLPT?",
        "e_lang_podcast_japanese",
        ["By the exam I"],
    ),
    (
        "How much did Sophie pay for her Japanese tutoring?",
        "e_lang_podcast_japanese",
        ["I booked online tutors,"],
    ),
    (
        "Why did she go through several tutors before settling on one?",
        "e_lang_podcast_japanese",
        ["I tried four tutors", "The nice ones were"],
    ),
    (
        "How many hours of study did Sophie log in total?",
        "e_lang_podcast_japanese",
        ["It came to just"],
    ),
    (
        "What does Sophie wish she had done earlier in her studies?",
        "e_lang_podcast_japanese",
        ["Start speaking earlier.", "I spent my first"],
    ),
    ("What are Sophie's plans now that she has N2?", "e_lang_podcast_japanese", ["N1, and a trip"]),
    # e_photo_wildlife_otters
    (
        "What award did Isla Munro's otter picture win?",
        "e_photo_wildlife_otters",
        ["My guest is Isla"],
    ),
    (
        "Why won't Isla say exactly where the otter bay is?",
        "e_photo_wildlife_otters",
        ["I won't say exactly"],
    ),
    (
        "How many days did the otter photo take to get?",
        "e_photo_wildlife_otters",
        ["Eleven days that trip."],
    ),
    (
        "How far away was the otter when the winning picture was taken?",
        "e_photo_wildlife_otters",
        ["She came out of"],
    ),
    (
        "How many shots did Isla fire off of the otter?",
        "e_photo_wildlife_otters",
        ["I took about 400"],
    ),
    (
        "What gear did she use for the otter picture?",
        "e_photo_wildlife_otters",
        ["A 600 millimetre lens"],
    ),
    ("How long did Isla save up for her big lens?", "e_photo_wildlife_otters", ["I saved for two"]),
    (
        "Why does Isla stay downwind of otters?",
        "e_photo_wildlife_otters",
        ["I always stay downwind,"],
    ),
    (
        "What does Isla think of photographers all chasing the same famous animals?",
        "e_photo_wildlife_otters",
        ["There are now too", "I'd rather photographers found"],
    ),
    # e_photo_street_film
    (
        "Why does Tunde shoot on film instead of digital?",
        "e_photo_street_film",
        ["Because film slows me"],
    ),
    (
        "How many prints ended up in the Corner Shop Mornings show?",
        "e_photo_street_film",
        ["About 280 rolls over"],
    ),
    (
        "Why are so many of Tunde's street frames unusable?",
        "e_photo_street_film",
        ["Most frames are someone"],
    ),
    (
        "When does the street photographer ask people for permission?",
        "e_photo_street_film",
        ["Usually afterwards, to be"],
    ),
    (
        "What does Tunde do when someone wants their photo deleted?",
        "e_photo_street_film",
        ["If they want it"],
    ),
    (
        "Has Tunde ever destroyed a really good picture because the subject asked?",
        "e_photo_street_film",
        ["It's happened maybe six"],
    ),
    (
        "What camera does Tunde use and how much did he pay for it?",
        "e_photo_street_film",
        ["A Leica M6 that"],
    ),
    ("Who processes Tunde's colour film, and why?", "e_photo_street_film", ["The colour goes to"]),
    (
        "How long does the Bristol exhibition run and is there a charge?",
        "e_photo_street_film",
        ["The end of September,"],
    ),
    # e_choir_community
    (
        "Do you have to audition for Thornbury Open Voices?",
        "e_choir_community",
        ["No, none at all.", "If you can turn"],
    ),
    (
        "How much has the Thornbury choir grown since it was founded?",
        "e_choir_community",
        ["We started with twelve"],
    ),
    (
        "How does Rosa teach songs to members who can't read music?",
        "e_choir_community",
        ["I teach everything by"],
    ),
    ("Why did Geoff join the choir?", "e_choir_community", ["I joined after my"]),
    (
        "How old was Geoff when he started singing with the choir?",
        "e_choir_community",
        ["I was sixty-eight at"],
    ),
    (
        "What does Rosa think the community choir is really for?",
        "e_choir_community",
        ["That's the real point", "The singing is almost"],
    ),
    ("Why does Geoff always ask for the Welsh hymn?", "e_choir_community", ["It's the only one"]),
    (
        "When and where is the Thornbury choir's big concert?",
        "e_choir_community",
        ["December the 14th in"],
    ),
    (
        "How does the community choir keep membership affordable?",
        "e_choir_community",
        ["Five pounds a week,", "A local bakery sponsors"],
    ),
    # e_choir_chamber_competition
    (
        "How many singers does Vox Aurea have?",
        "e_choir_chamber_competition",
        ["Twenty-four singers, six on"],
    ),
    (
        "How often do Vox Aurea members have to audition again?",
        "e_choir_chamber_competition",
        ["Everyone auditions, and we"],
    ),
    (
        "How do singers feel about Daniel's re-audition policy?",
        "e_choir_chamber_competition",
        ["Some members think so.", "But it keeps the"],
    ),
    (
        "What did Vox Aurea perform in the final round?",
        "e_choir_chamber_competition",
        ["A Victoria motet, a"],
    ),
    (
        "Why did Daniel choose the Estonian piece for the competition?",
        "e_choir_chamber_competition",
        ["It uses overtone singing", "I thought it would"],
    ),
    (
        "What did one of the judges say after the chamber choir won?",
        "e_choir_chamber_competition",
        ["One juror told us"],
    ),
    (
        "How did Vox Aurea prepare for the Brecon competition?",
        "e_choir_chamber_competition",
        ["Two extra rehearsals a", "And a weekend retreat"],
    ),
    (
        "Why did the choir run through the programme so many times at the retreat?",
        "e_choir_chamber_competition",
        ["Competition nerves do strange", "If you've sung it"],
    ),
    (
        "What prize did Vox Aurea get for winning?",
        "e_choir_chamber_competition",
        ["5,000 pounds and an"],
    ),
    (
        "Which singers objected to the new Estonian work?",
        "e_choir_chamber_competition",
        ["The sopranos hated the"],
    ),
]
