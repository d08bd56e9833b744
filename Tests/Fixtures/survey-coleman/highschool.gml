graph [
   directed 1
   citation "['J. S. Coleman. &quot;Introduction to Mathematical Sociology.&quot; London Free Press Glencoe (1964), http://www.abebooks.com/Introduction-Mathematical-Sociology-COLEMAN-James-S/189127582/bd']"
   description "A network of friendships among male students in a small high school in Illinois from 1958. An arc points from student i to student j if i named j as a friend, in either of two identical surveys (from Fall and Spring semesters). Edge weights are the number of surveys in which the friendship was named."
   konect_meta "category: HumanSocial&NewLine;code: MH&NewLine;name: Highschool&NewLine;description: Boy–boy friendships&NewLine;entity-names: boy&NewLine;extr: moreno&NewLine;url: http://moreno.ss.uci.edu/data.html#high&NewLine;long-description: This directed network contains friendships between boys in a small highschool in Illinois. Each boy was asked once in the fall of 1957 and the spring of 1958. This dataset aggregates the results from both dates. A node represents a boy and an edge between two boys shows that the left boy chose the right boy as a friend. The edge weights show how often that happened. As a boy could choose the same boy twice edge values from 1 to 2 are allowed.&NewLine;relationship-names: friendship&NewLine;cite: konect:coleman &NewLine;"
   konect_readme "Highschool network, part of the Koblenz Network Collection&NewLine;===========================================================================&NewLine;&NewLine;This directory contains the TSV and related files of the moreno_highschool network: This directed network contains friendships between boys in a small highschool in Illinois. Each boy was asked once in the fall of 1957 and the spring of 1958. This dataset aggregates the results from both dates. A node represents a boy and an edge between two boys shows that the left boy chose the right boy as a friend. The edge weights show how often that happened. As a boy could choose the same boy twice edge values from 1 to 2 are allowed.&NewLine;&NewLine;&NewLine;More information about the network is provided here: &NewLine;http://konect.cc/networks/moreno_highschool&NewLine;&NewLine;Files: &NewLine;    meta.moreno_highschool -- Metadata about the network &NewLine;    out.moreno_highschool -- The adjacency matrix of the network in whitespace-separated values format, with one edge per line&NewLine;      The meaning of the columns in out.moreno_highschool are: &NewLine;        First column: ID of from node &NewLine;        Second column: ID of to node&NewLine;        Third column (if present): weight or multiplicity of edge&NewLine;        Fourth column (if present):  timestamp of edges Unix time&NewLine;        Third column: edge weight&NewLine;&NewLine;&NewLine;Use the following References for citation:&NewLine;&NewLine;@MISC{konect:2017:moreno_highschool,&NewLine;    title = {Highschool network dataset -- {KONECT}},&NewLine;    month = oct,&NewLine;    year = {2017},&NewLine;    url = {http://konect.cc/networks/moreno_highschool}&NewLine;}&NewLine;&NewLine;@article{konect:coleman,&NewLine;	title = {Introduction to Mathematical Sociology},&NewLine;	author = {Coleman, James Samuel},&NewLine;	journal = {London Free Press Glencoe},&NewLine;	year = {1964},&NewLine;}&NewLine;&NewLine;@article{konect:coleman,&NewLine;	title = {Introduction to Mathematical Sociology},&NewLine;	author = {Coleman, James Samuel},&NewLine;	journal = {London Free Press Glencoe},&NewLine;	year = {1964},&NewLine;}&NewLine;&NewLine;&NewLine;@inproceedings{konect,&NewLine;	title = {{KONECT} -- {The} {Koblenz} {Network} {Collection}},&NewLine;	author = {Jérôme Kunegis},&NewLine;	year = {2013},&NewLine;	booktitle = {Proc. Int. Conf. on World Wide Web Companion},&NewLine;	pages = {1343--1350},&NewLine;	url = {http://dl.acm.org/citation.cfm?id=2488173},&NewLine;	url_presentation = {https://www.slideshare.net/kunegis/presentationwow},&NewLine;	url_web = {http://konect.cc/},&NewLine;	url_citations = {https://scholar.google.com/scholar?cites=7174338004474749050},&NewLine;}&NewLine;&NewLine;@inproceedings{konect,&NewLine;	title = {{KONECT} -- {The} {Koblenz} {Network} {Collection}},&NewLine;	author = {Jérôme Kunegis},&NewLine;	year = {2013},&NewLine;	booktitle = {Proc. Int. Conf. on World Wide Web Companion},&NewLine;	pages = {1343--1350},&NewLine;	url = {http://dl.acm.org/citation.cfm?id=2488173},&NewLine;	url_presentation = {https://www.slideshare.net/kunegis/presentationwow},&NewLine;	url_web = {http://konect.cc/},&NewLine;	url_citations = {https://scholar.google.com/scholar?cites=7174338004474749050},&NewLine;}&NewLine;&NewLine;&NewLine;"
   name "highschool"
   tags "Social, Offline, Weighted"
   url "http://konect.cc/networks/moreno_highschool"
   node [
      id 0
      _pos "0.92308158331278289, 12.186082864409657"
   ]
   node [
      id 1
      _pos "1.2629064355495019, 12.213213242633238"
   ]
   node [
      id 2
      _pos "1.1082744694986855, 12.190211909578192"
   ]
   node [
      id 3
      _pos "0.96639456921277334, 12.314849445967667"
   ]
   node [
      id 4
      _pos "1.0827296643794575, 12.355247900009898"
   ]
   node [
      id 5
      _pos "0.49440888652233633, 12.340485233741173"
   ]
   node [
      id 6
      _pos "0.55913881159659984, 12.442313572225622"
   ]
   node [
      id 7
      _pos "1.0935669285001721, 12.049267006397873"
   ]
   node [
      id 8
      _pos "0.85467160167733502, 12.380967059867761"
   ]
   node [
      id 9
      _pos "0.97139705346568561, 11.924548111966567"
   ]
   node [
      id 10
      _pos "0.88769205074003821, 13.202736730708805"
   ]
   node [
      id 11
      _pos "0.59251926013698497, 13.022978234802935"
   ]
   node [
      id 12
      _pos "0.56311078329490938, 13.139067710484129"
   ]
   node [
      id 13
      _pos "0.78347360077408468, 13.299120296193724"
   ]
   node [
      id 14
      _pos "0.88873927267794406, 12.992832558325947"
   ]
   node [
      id 15
      _pos "0.69177910221322969, 13.00734998625181"
   ]
   node [
      id 16
      _pos "1.0559816866007974, 13.05704236394468"
   ]
   node [
      id 17
      _pos "1.3417186406767934, 12.622238629327612"
   ]
   node [
      id 18
      _pos "1.2567486135099872, 12.532153260901113"
   ]
   node [
      id 19
      _pos "1.3297125958041303, 12.356604396705729"
   ]
   node [
      id 20
      _pos "1.1132045350249844, 12.506594132380757"
   ]
   node [
      id 21
      _pos "1.0176182878008977, 12.783750154669351"
   ]
   node [
      id 22
      _pos "1.4502696675604396, 12.443767292611122"
   ]
   node [
      id 23
      _pos "1.4317644915977599, 12.22786872883691"
   ]
   node [
      id 24
      _pos "0.99870067928286732, 12.428723053104649"
   ]
   node [
      id 25
      _pos "1.0678022744988762, 12.606606377847669"
   ]
   node [
      id 26
      _pos "0.66693739299409505, 12.32812556389765"
   ]
   node [
      id 27
      _pos "0.27679318517685936, 12.443767917564982"
   ]
   node [
      id 28
      _pos "0.62147630712022928, 13.442580517307107"
   ]
   node [
      id 29
      _pos "0.85422894563974749, 13.075613647252611"
   ]
   node [
      id 30
      _pos "0.7580494070150563, 12.915450027890845"
   ]
   node [
      id 31
      _pos "0.22628447987129605, 12.950017528443526"
   ]
   node [
      id 32
      _pos "0.381047193805225, 12.76046480081733"
   ]
   node [
      id 33
      _pos "0.32462769839223959, 12.657908593211692"
   ]
   node [
      id 34
      _pos "0.70368258352360469, 13.120691939065228"
   ]
   node [
      id 35
      _pos "0.20433317029010972, 12.699242066388189"
   ]
   node [
      id 36
      _pos "0.31253975437660747, 12.850176598803463"
   ]
   node [
      id 37
      _pos "0.62177936697745095, 13.2819411718014"
   ]
   node [
      id 38
      _pos "0.89109845313702418, 12.513654126135512"
   ]
   node [
      id 39
      _pos "0.20034421484369516, 12.796579246000112"
   ]
   node [
      id 40
      _pos "0.37895501141775673, 13.224153885964569"
   ]
   node [
      id 41
      _pos "-0.063818990024809299, 12.592399433341189"
   ]
   node [
      id 42
      _pos "0.18008864600510474, 12.371813379008323"
   ]
   node [
      id 43
      _pos "0.0069468375406555134, 12.705350403476592"
   ]
   node [
      id 44
      _pos "0.12299751677698059, 12.285208940676164"
   ]
   node [
      id 45
      _pos "0.1247458204212359, 12.466470732964648"
   ]
   node [
      id 46
      _pos "0.77414620985409044, 12.042326817531251"
   ]
   node [
      id 47
      _pos "0.58052269589731631, 12.894818679964525"
   ]
   node [
      id 48
      _pos "0.31862825982214682, 13.071607968754938"
   ]
   node [
      id 49
      _pos "0.70350502070940457, 12.781477495534924"
   ]
   node [
      id 50
      _pos "0.82812844339691283, 12.680407112537603"
   ]
   node [
      id 51
      _pos "0.43158761055580469, 13.07649486413669"
   ]
   node [
      id 52
      _pos "0.88929683253023062, 12.883172219171124"
   ]
   node [
      id 53
      _pos "0.72432834816097669, 12.597886120530706"
   ]
   node [
      id 54
      _pos "0.34299366821385818, 13.379816002344965"
   ]
   node [
      id 55
      _pos "0.45225669846045669, 12.679728710617463"
   ]
   node [
      id 56
      _pos "0.21941312871583721, 13.221702366721162"
   ]
   node [
      id 57
      _pos "0.68050103015652408, 12.474374854273536"
   ]
   node [
      id 58
      _pos "0.49805787636775128, 12.56918279092003"
   ]
   node [
      id 59
      _pos "-0.090940283068050978, 13.05861838662641"
   ]
   node [
      id 60
      _pos "0.099946848222871199, 12.858108023609786"
   ]
   node [
      id 61
      _pos "0.4664121165975314, 12.240029468876116"
   ]
   node [
      id 62
      _pos "0.38970804877700549, 12.486648701288166"
   ]
   node [
      id 63
      _pos "0.31727103847412474, 12.213693952713079"
   ]
   node [
      id 64
      _pos "0.10434625191927198, 12.578979037646135"
   ]
   node [
      id 65
      _pos "-0.094294361465518894, 12.317795195430744"
   ]
   node [
      id 66
      _pos "-0.012698009670101144, 12.422029152724672"
   ]
   node [
      id 67
      _pos "0.014067400362066815, 12.293394026580776"
   ]
   node [
      id 68
      _pos "-0.3520174467784023, 12.681089814396396"
   ]
   node [
      id 69
      _pos "-0.1809008373845829, 12.679024342194129"
   ]
   edge [
      id 0
      source 0
      target 1
   ]
   edge [
      id 1
      source 0
      target 2
   ]
   edge [
      id 2
      source 0
      target 3
   ]
   edge [
      id 3
      source 0
      target 4
   ]
   edge [
      id 4
      source 0
      target 5
   ]
   edge [
      id 5
      source 0
      target 6
   ]
   edge [
      id 6
      source 1
      target 18
   ]
   edge [
      id 7
      source 1
      target 3
   ]
   edge [
      id 8
      source 1
      target 4
   ]
   edge [
      id 9
      source 2
      target 0
   ]
   edge [
      id 10
      source 2
      target 25
   ]
   edge [
      id 11
      source 2
      target 20
   ]
   edge [
      id 12
      source 2
      target 3
   ]
   edge [
      id 13
      source 3
      target 20
   ]
   edge [
      id 14
      source 3
      target 4
   ]
   edge [
      id 15
      source 3
      target 38
   ]
   edge [
      id 16
      source 3
      target 26
   ]
   edge [
      id 17
      source 3
      target 5
   ]
   edge [
      id 18
      source 3
      target 6
   ]
   edge [
      id 19
      source 4
      target 20
   ]
   edge [
      id 20
      source 4
      target 3
   ]
   edge [
      id 21
      source 4
      target 24
   ]
   edge [
      id 22
      source 4
      target 38
   ]
   edge [
      id 23
      source 4
      target 26
   ]
   edge [
      id 24
      source 5
      target 61
   ]
   edge [
      id 25
      source 5
      target 62
   ]
   edge [
      id 26
      source 5
      target 26
   ]
   edge [
      id 27
      source 5
      target 6
   ]
   edge [
      id 28
      source 5
      target 42
   ]
   edge [
      id 29
      source 5
      target 44
   ]
   edge [
      id 30
      source 5
      target 27
   ]
   edge [
      id 31
      source 5
      target 45
   ]
   edge [
      id 32
      source 6
      target 61
   ]
   edge [
      id 33
      source 6
      target 62
   ]
   edge [
      id 34
      source 6
      target 32
   ]
   edge [
      id 35
      source 6
      target 33
   ]
   edge [
      id 36
      source 6
      target 5
   ]
   edge [
      id 37
      source 7
      target 3
   ]
   edge [
      id 38
      source 7
      target 4
   ]
   edge [
      id 39
      source 7
      target 8
   ]
   edge [
      id 40
      source 8
      target 25
   ]
   edge [
      id 41
      source 8
      target 20
   ]
   edge [
      id 42
      source 8
      target 3
   ]
   edge [
      id 43
      source 8
      target 4
   ]
   edge [
      id 44
      source 8
      target 26
   ]
   edge [
      id 45
      source 8
      target 27
   ]
   edge [
      id 46
      source 9
      target 2
   ]
   edge [
      id 47
      source 9
      target 8
   ]
   edge [
      id 48
      source 10
      target 11
   ]
   edge [
      id 49
      source 10
      target 12
   ]
   edge [
      id 50
      source 10
      target 13
   ]
   edge [
      id 51
      source 10
      target 14
   ]
   edge [
      id 52
      source 10
      target 15
   ]
   edge [
      id 53
      source 10
      target 16
   ]
   edge [
      id 54
      source 11
      target 12
   ]
   edge [
      id 55
      source 11
      target 14
   ]
   edge [
      id 56
      source 11
      target 29
   ]
   edge [
      id 57
      source 11
      target 10
   ]
   edge [
      id 58
      source 11
      target 30
   ]
   edge [
      id 59
      source 11
      target 31
   ]
   edge [
      id 60
      source 11
      target 32
   ]
   edge [
      id 61
      source 11
      target 33
   ]
   edge [
      id 62
      source 12
      target 13
   ]
   edge [
      id 63
      source 12
      target 34
   ]
   edge [
      id 64
      source 12
      target 15
   ]
   edge [
      id 65
      source 12
      target 35
   ]
   edge [
      id 66
      source 12
      target 36
   ]
   edge [
      id 67
      source 13
      target 11
   ]
   edge [
      id 68
      source 13
      target 12
   ]
   edge [
      id 69
      source 13
      target 14
   ]
   edge [
      id 70
      source 14
      target 11
   ]
   edge [
      id 71
      source 14
      target 25
   ]
   edge [
      id 72
      source 14
      target 12
   ]
   edge [
      id 73
      source 14
      target 13
   ]
   edge [
      id 74
      source 14
      target 37
   ]
   edge [
      id 75
      source 14
      target 10
   ]
   edge [
      id 76
      source 14
      target 16
   ]
   edge [
      id 77
      source 14
      target 8
   ]
   edge [
      id 78
      source 15
      target 29
   ]
   edge [
      id 79
      source 15
      target 34
   ]
   edge [
      id 80
      source 15
      target 30
   ]
   edge [
      id 81
      source 15
      target 36
   ]
   edge [
      id 82
      source 16
      target 14
   ]
   edge [
      id 83
      source 16
      target 10
   ]
   edge [
      id 84
      source 16
      target 15
   ]
   edge [
      id 85
      source 17
      target 18
   ]
   edge [
      id 86
      source 17
      target 19
   ]
   edge [
      id 87
      source 17
      target 20
   ]
   edge [
      id 88
      source 17
      target 4
   ]
   edge [
      id 89
      source 17
      target 21
   ]
   edge [
      id 90
      source 17
      target 22
   ]
   edge [
      id 91
      source 18
      target 19
   ]
   edge [
      id 92
      source 18
      target 20
   ]
   edge [
      id 93
      source 18
      target 3
   ]
   edge [
      id 94
      source 18
      target 4
   ]
   edge [
      id 95
      source 18
      target 16
   ]
   edge [
      id 96
      source 18
      target 17
   ]
   edge [
      id 97
      source 19
      target 0
   ]
   edge [
      id 98
      source 19
      target 18
   ]
   edge [
      id 99
      source 19
      target 4
   ]
   edge [
      id 100
      source 19
      target 23
   ]
   edge [
      id 101
      source 19
      target 22
   ]
   edge [
      id 102
      source 20
      target 25
   ]
   edge [
      id 103
      source 20
      target 14
   ]
   edge [
      id 104
      source 20
      target 3
   ]
   edge [
      id 105
      source 20
      target 4
   ]
   edge [
      id 106
      source 20
      target 38
   ]
   edge [
      id 107
      source 20
      target 17
   ]
   edge [
      id 108
      source 20
      target 8
   ]
   edge [
      id 109
      source 21
      target 18
   ]
   edge [
      id 110
      source 21
      target 29
   ]
   edge [
      id 111
      source 21
      target 52
   ]
   edge [
      id 112
      source 21
      target 38
   ]
   edge [
      id 113
      source 21
      target 30
   ]
   edge [
      id 114
      source 22
      target 18
   ]
   edge [
      id 115
      source 22
      target 1
   ]
   edge [
      id 116
      source 22
      target 19
   ]
   edge [
      id 117
      source 22
      target 24
   ]
   edge [
      id 118
      source 23
      target 18
   ]
   edge [
      id 119
      source 23
      target 19
   ]
   edge [
      id 120
      source 23
      target 3
   ]
   edge [
      id 121
      source 24
      target 4
   ]
   edge [
      id 122
      source 24
      target 38
   ]
   edge [
      id 123
      source 24
      target 53
   ]
   edge [
      id 124
      source 25
      target 20
   ]
   edge [
      id 125
      source 25
      target 3
   ]
   edge [
      id 126
      source 25
      target 4
   ]
   edge [
      id 127
      source 26
      target 3
   ]
   edge [
      id 128
      source 26
      target 4
   ]
   edge [
      id 129
      source 26
      target 61
   ]
   edge [
      id 130
      source 26
      target 55
   ]
   edge [
      id 131
      source 26
      target 5
   ]
   edge [
      id 132
      source 26
      target 6
   ]
   edge [
      id 133
      source 26
      target 27
   ]
   edge [
      id 134
      source 27
      target 42
   ]
   edge [
      id 135
      source 27
      target 67
   ]
   edge [
      id 136
      source 27
      target 66
   ]
   edge [
      id 137
      source 27
      target 44
   ]
   edge [
      id 138
      source 27
      target 45
   ]
   edge [
      id 139
      source 28
      target 13
   ]
   edge [
      id 140
      source 28
      target 14
   ]
   edge [
      id 141
      source 29
      target 52
   ]
   edge [
      id 142
      source 29
      target 34
   ]
   edge [
      id 143
      source 29
      target 30
   ]
   edge [
      id 144
      source 29
      target 15
   ]
   edge [
      id 145
      source 30
      target 21
   ]
   edge [
      id 146
      source 30
      target 52
   ]
   edge [
      id 147
      source 30
      target 34
   ]
   edge [
      id 148
      source 30
      target 15
   ]
   edge [
      id 149
      source 30
      target 36
   ]
   edge [
      id 150
      source 31
      target 39
   ]
   edge [
      id 151
      source 31
      target 60
   ]
   edge [
      id 152
      source 31
      target 32
   ]
   edge [
      id 153
      source 31
      target 33
   ]
   edge [
      id 154
      source 31
      target 36
   ]
   edge [
      id 155
      source 32
      target 60
   ]
   edge [
      id 156
      source 32
      target 55
   ]
   edge [
      id 157
      source 32
      target 62
   ]
   edge [
      id 158
      source 32
      target 31
   ]
   edge [
      id 159
      source 32
      target 33
   ]
   edge [
      id 160
      source 32
      target 6
   ]
   edge [
      id 161
      source 32
      target 36
   ]
   edge [
      id 162
      source 33
      target 31
   ]
   edge [
      id 163
      source 33
      target 32
   ]
   edge [
      id 164
      source 33
      target 6
   ]
   edge [
      id 165
      source 33
      target 42
   ]
   edge [
      id 166
      source 33
      target 27
   ]
   edge [
      id 167
      source 34
      target 12
   ]
   edge [
      id 168
      source 34
      target 29
   ]
   edge [
      id 169
      source 34
      target 30
   ]
   edge [
      id 170
      source 34
      target 15
   ]
   edge [
      id 171
      source 34
      target 36
   ]
   edge [
      id 172
      source 35
      target 41
   ]
   edge [
      id 173
      source 35
      target 43
   ]
   edge [
      id 174
      source 35
      target 27
   ]
   edge [
      id 175
      source 36
      target 56
   ]
   edge [
      id 176
      source 36
      target 69
   ]
   edge [
      id 177
      source 36
      target 35
   ]
   edge [
      id 178
      source 36
      target 43
   ]
   edge [
      id 179
      source 36
      target 27
   ]
   edge [
      id 180
      source 36
      target 45
   ]
   edge [
      id 181
      source 37
      target 13
   ]
   edge [
      id 182
      source 37
      target 51
   ]
   edge [
      id 183
      source 37
      target 54
   ]
   edge [
      id 184
      source 37
      target 40
   ]
   edge [
      id 185
      source 37
      target 15
   ]
   edge [
      id 186
      source 37
      target 16
   ]
   edge [
      id 187
      source 38
      target 3
   ]
   edge [
      id 188
      source 38
      target 4
   ]
   edge [
      id 189
      source 38
      target 24
   ]
   edge [
      id 190
      source 38
      target 53
   ]
   edge [
      id 191
      source 38
      target 26
   ]
   edge [
      id 192
      source 38
      target 6
   ]
   edge [
      id 193
      source 39
      target 40
   ]
   edge [
      id 194
      source 39
      target 15
   ]
   edge [
      id 195
      source 39
      target 31
   ]
   edge [
      id 196
      source 39
      target 32
   ]
   edge [
      id 197
      source 39
      target 33
   ]
   edge [
      id 198
      source 39
      target 41
   ]
   edge [
      id 199
      source 39
      target 35
   ]
   edge [
      id 200
      source 39
      target 42
   ]
   edge [
      id 201
      source 39
      target 43
   ]
   edge [
      id 202
      source 39
      target 36
   ]
   edge [
      id 203
      source 39
      target 44
   ]
   edge [
      id 204
      source 39
      target 45
   ]
   edge [
      id 205
      source 40
      target 37
   ]
   edge [
      id 206
      source 40
      target 48
   ]
   edge [
      id 207
      source 40
      target 51
   ]
   edge [
      id 208
      source 40
      target 54
   ]
   edge [
      id 209
      source 41
      target 68
   ]
   edge [
      id 210
      source 41
      target 69
   ]
   edge [
      id 211
      source 41
      target 35
   ]
   edge [
      id 212
      source 41
      target 43
   ]
   edge [
      id 213
      source 41
      target 27
   ]
   edge [
      id 214
      source 41
      target 45
   ]
   edge [
      id 215
      source 42
      target 67
   ]
   edge [
      id 216
      source 42
      target 66
   ]
   edge [
      id 217
      source 42
      target 44
   ]
   edge [
      id 218
      source 42
      target 27
   ]
   edge [
      id 219
      source 42
      target 45
   ]
   edge [
      id 220
      source 43
      target 41
   ]
   edge [
      id 221
      source 43
      target 35
   ]
   edge [
      id 222
      source 43
      target 66
   ]
   edge [
      id 223
      source 43
      target 36
   ]
   edge [
      id 224
      source 43
      target 27
   ]
   edge [
      id 225
      source 43
      target 45
   ]
   edge [
      id 226
      source 44
      target 42
   ]
   edge [
      id 227
      source 44
      target 65
   ]
   edge [
      id 228
      source 44
      target 67
   ]
   edge [
      id 229
      source 44
      target 66
   ]
   edge [
      id 230
      source 44
      target 45
   ]
   edge [
      id 231
      source 45
      target 64
   ]
   edge [
      id 232
      source 45
      target 35
   ]
   edge [
      id 233
      source 45
      target 42
   ]
   edge [
      id 234
      source 45
      target 65
   ]
   edge [
      id 235
      source 45
      target 67
   ]
   edge [
      id 236
      source 45
      target 66
   ]
   edge [
      id 237
      source 45
      target 44
   ]
   edge [
      id 238
      source 45
      target 27
   ]
   edge [
      id 239
      source 46
      target 24
   ]
   edge [
      id 240
      source 46
      target 26
   ]
   edge [
      id 241
      source 47
      target 48
   ]
   edge [
      id 242
      source 47
      target 49
   ]
   edge [
      id 243
      source 47
      target 50
   ]
   edge [
      id 244
      source 47
      target 51
   ]
   edge [
      id 245
      source 47
      target 52
   ]
   edge [
      id 246
      source 47
      target 53
   ]
   edge [
      id 247
      source 47
      target 40
   ]
   edge [
      id 248
      source 47
      target 34
   ]
   edge [
      id 249
      source 47
      target 30
   ]
   edge [
      id 250
      source 48
      target 51
   ]
   edge [
      id 251
      source 48
      target 54
   ]
   edge [
      id 252
      source 48
      target 55
   ]
   edge [
      id 253
      source 49
      target 47
   ]
   edge [
      id 254
      source 49
      target 21
   ]
   edge [
      id 255
      source 49
      target 29
   ]
   edge [
      id 256
      source 49
      target 52
   ]
   edge [
      id 257
      source 49
      target 38
   ]
   edge [
      id 258
      source 49
      target 53
   ]
   edge [
      id 259
      source 49
      target 15
   ]
   edge [
      id 260
      source 49
      target 35
   ]
   edge [
      id 261
      source 50
      target 53
   ]
   edge [
      id 262
      source 50
      target 57
   ]
   edge [
      id 263
      source 51
      target 48
   ]
   edge [
      id 264
      source 51
      target 55
   ]
   edge [
      id 265
      source 52
      target 21
   ]
   edge [
      id 266
      source 52
      target 49
   ]
   edge [
      id 267
      source 52
      target 29
   ]
   edge [
      id 268
      source 52
      target 34
   ]
   edge [
      id 269
      source 52
      target 30
   ]
   edge [
      id 270
      source 52
      target 15
   ]
   edge [
      id 271
      source 53
      target 24
   ]
   edge [
      id 272
      source 53
      target 21
   ]
   edge [
      id 273
      source 53
      target 50
   ]
   edge [
      id 274
      source 53
      target 38
   ]
   edge [
      id 275
      source 53
      target 57
   ]
   edge [
      id 276
      source 53
      target 58
   ]
   edge [
      id 277
      source 53
      target 27
   ]
   edge [
      id 278
      source 54
      target 37
   ]
   edge [
      id 279
      source 54
      target 48
   ]
   edge [
      id 280
      source 54
      target 56
   ]
   edge [
      id 281
      source 54
      target 40
   ]
   edge [
      id 282
      source 55
      target 48
   ]
   edge [
      id 283
      source 55
      target 61
   ]
   edge [
      id 284
      source 55
      target 62
   ]
   edge [
      id 285
      source 55
      target 31
   ]
   edge [
      id 286
      source 55
      target 26
   ]
   edge [
      id 287
      source 55
      target 32
   ]
   edge [
      id 288
      source 55
      target 33
   ]
   edge [
      id 289
      source 55
      target 5
   ]
   edge [
      id 290
      source 55
      target 6
   ]
   edge [
      id 291
      source 56
      target 28
   ]
   edge [
      id 292
      source 56
      target 39
   ]
   edge [
      id 293
      source 56
      target 54
   ]
   edge [
      id 294
      source 56
      target 40
   ]
   edge [
      id 295
      source 56
      target 31
   ]
   edge [
      id 296
      source 57
      target 50
   ]
   edge [
      id 297
      source 57
      target 53
   ]
   edge [
      id 298
      source 57
      target 62
   ]
   edge [
      id 299
      source 57
      target 26
   ]
   edge [
      id 300
      source 57
      target 5
   ]
   edge [
      id 301
      source 57
      target 6
   ]
   edge [
      id 302
      source 57
      target 58
   ]
   edge [
      id 303
      source 58
      target 53
   ]
   edge [
      id 304
      source 58
      target 55
   ]
   edge [
      id 305
      source 58
      target 62
   ]
   edge [
      id 306
      source 58
      target 5
   ]
   edge [
      id 307
      source 58
      target 6
   ]
   edge [
      id 308
      source 58
      target 64
   ]
   edge [
      id 309
      source 58
      target 36
   ]
   edge [
      id 310
      source 59
      target 60
   ]
   edge [
      id 311
      source 59
      target 31
   ]
   edge [
      id 312
      source 60
      target 59
   ]
   edge [
      id 313
      source 60
      target 55
   ]
   edge [
      id 314
      source 60
      target 32
   ]
   edge [
      id 315
      source 60
      target 33
   ]
   edge [
      id 316
      source 61
      target 62
   ]
   edge [
      id 317
      source 61
      target 26
   ]
   edge [
      id 318
      source 61
      target 5
   ]
   edge [
      id 319
      source 61
      target 6
   ]
   edge [
      id 320
      source 61
      target 63
   ]
   edge [
      id 321
      source 61
      target 27
   ]
   edge [
      id 322
      source 62
      target 60
   ]
   edge [
      id 323
      source 62
      target 26
   ]
   edge [
      id 324
      source 62
      target 32
   ]
   edge [
      id 325
      source 62
      target 33
   ]
   edge [
      id 326
      source 62
      target 5
   ]
   edge [
      id 327
      source 62
      target 6
   ]
   edge [
      id 328
      source 62
      target 27
   ]
   edge [
      id 329
      source 62
      target 45
   ]
   edge [
      id 330
      source 63
      target 61
   ]
   edge [
      id 331
      source 63
      target 62
   ]
   edge [
      id 332
      source 63
      target 26
   ]
   edge [
      id 333
      source 63
      target 6
   ]
   edge [
      id 334
      source 63
      target 67
   ]
   edge [
      id 335
      source 63
      target 27
   ]
   edge [
      id 336
      source 63
      target 45
   ]
   edge [
      id 337
      source 64
      target 35
   ]
   edge [
      id 338
      source 64
      target 65
   ]
   edge [
      id 339
      source 64
      target 66
   ]
   edge [
      id 340
      source 64
      target 36
   ]
   edge [
      id 341
      source 64
      target 27
   ]
   edge [
      id 342
      source 64
      target 45
   ]
   edge [
      id 343
      source 65
      target 67
   ]
   edge [
      id 344
      source 65
      target 66
   ]
   edge [
      id 345
      source 65
      target 44
   ]
   edge [
      id 346
      source 65
      target 27
   ]
   edge [
      id 347
      source 65
      target 45
   ]
   edge [
      id 348
      source 66
      target 41
   ]
   edge [
      id 349
      source 66
      target 42
   ]
   edge [
      id 350
      source 66
      target 65
   ]
   edge [
      id 351
      source 66
      target 67
   ]
   edge [
      id 352
      source 66
      target 44
   ]
   edge [
      id 353
      source 66
      target 27
   ]
   edge [
      id 354
      source 66
      target 45
   ]
   edge [
      id 355
      source 67
      target 42
   ]
   edge [
      id 356
      source 67
      target 65
   ]
   edge [
      id 357
      source 67
      target 66
   ]
   edge [
      id 358
      source 67
      target 44
   ]
   edge [
      id 359
      source 67
      target 27
   ]
   edge [
      id 360
      source 67
      target 45
   ]
   edge [
      id 361
      source 68
      target 69
   ]
   edge [
      id 362
      source 68
      target 43
   ]
   edge [
      id 363
      source 69
      target 68
   ]
   edge [
      id 364
      source 69
      target 43
   ]
   edge [
      id 365
      source 69
      target 67
   ]
]
