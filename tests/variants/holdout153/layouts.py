"""Correct project returns in other layouts: names merged over three columns with a 90-point
split, a two-line header (比较符 │ 数值 under 指标值), a 指标性质 direction column, 指标解释,
and a two-year project with points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout153.common import OfficeBook, dress, dropdown, footer, names3
from tests.variants.holdout153.registry import variant
from tests.variants.kit import WAN, Book, day, money, pct


@variant(
    "ng08-ninety-points-merged-names",
    (5, 10),
    "project, OLD-NAT, LibreOffice: names merged over three columns, 一、产出指标（50分）, "
    "points to 90 (预算执行率 scored apart)",
)
def ng08() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("Sheet1", (20, 14, 14, 14, 14, 16, 12))
    project_head(s, year=2026, name="岚溪市非物质文化遗产保护传承",
                 dept="岚溪市文化广电旅游局（215）",
                 unit="岚溪市非物质文化遗产保护中心", attr="常年项目",
                 money=[("年度资金总额", money(85, WAN), "其中：财政拨款", money(85, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["资助40名市级以上非遗代表性传承人开展传习活动，完成6个非遗项目影像记录，"
                        "开展非遗进校园活动30场，带动非遗体验人数1.2万人次以上。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", None, None, "指标值",
                 "分值（满分90分，预算执行率另计10分）", merge=[(3, 5)])  # fmt: skip
    first = head + 1
    last = s.table([
        ("一、产出指标（50分）", "数量指标", "传承人传习补助人数", None, None, "≥40人", 8),
        (None, None, "非遗进校园活动场次", None, None, "≥30场", 8),
        (None, None, "非遗项目影像记录数量", None, None, "≥6项", 6),
        (None, "质量指标", "影像记录成果验收合格率", None, None, pct(1), 8),
        (None, "时效指标", "传习补助发放时间", None, None, "6月30日前", 6),
        (None, "成本指标", "传承人年度传习补助标准", None, None, "≤8000元/人", 7),
        (None, None, "单项影像记录成本", None, None, "≤5万元/项", 7),
        ("二、效益指标（30分）", "社会效益指标", "参与非遗体验活动人次", None, None,
         "≥1.2万人次", 10),
        (None, None, "传承人带徒人数", None, None, "≥80人", 10),
        (None, "可持续影响指标", "市级以上非遗项目存续率", None, None, pct(1), 10),
        ("三、满意度指标（10分）", "服务对象满意度指标", "活动参与群众满意度", None, None,
         "≥90%", 5),
        (None, None, "传承人满意度", None, None, "≥90%", 5),
    ], merged=(1, 2))  # fmt: skip
    names3(s, first, last)
    s.row("合计", None, None, None, None, None, 90, merge=[(1, 6)])
    dress(s, head, first, last, 7, value_col=6)
    footer(s, "易秋", "0736-8827015", day(2025, 10, 15), 7)
    return b


@variant(
    "ng09-two-line-header-weights",
    (6, 9),
    "project, NAT-2021, WPS: two-line header (指标值 over 比较符 │ 数值), 计量单位 "
    "before it, 权重, counts typed as text with a space",
)
def ng09() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("绩效目标申报表", (16, 16, 30, 12, 10, 12, 10))
    project_head(s, year=2026, name="澄川县高标准农田建后管护", dept="澄川县农业农村局（420）",
                 unit="澄川县农田建设服务中心", attr="延续项目",
                 money=[("年度资金总额", money(240, WAN), "其中：财政拨款", money(200, WAN)),
                        ("其他资金", money(40, WAN), None, None)],
                 goals=["对全县已建成的5.2万亩高标准农田开展日常管护，维修灌排渠道36公里、田间"
                        "道路18公里，管护设施完好率保持在95%以上。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "计量单位", "年度指标值", None, "权重",
                merge=[(5, 6)])  # fmt: skip
    head = s.row(None, None, None, None, "比较符", "数值", None)
    for c in (1, 2, 3, 4, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=head, end_column=c)
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "管护高标准农田面积", "亩", "≥", "52000 ", 8),
        (None, None, "维修灌排渠道长度", "公里", "≥", "36 ", 8),
        (None, None, "维修田间道路长度", "公里", "≥", "18 ", 6),
        (None, "质量指标", "管护设施完好率", "%", "≥", pct(0.95), 8),
        (None, None, "维修工程验收合格率", "%", "=", pct(1), 6),
        (None, "时效指标", "损毁设施修复时限", "天", "≤", "30 ", 6),
        ("成本指标", "经济成本指标", "每亩年度日常管护费用", "元/亩", "≤", "25 ", 8),
        (None, None, "灌排渠道维修单价", "万元/公里", "≤", "2.2 ", 8),
        (None, None, "田间道路维修单价", "万元/公里", "≤", "1.6 ", 8),
        ("效益指标", "经济效益指标", "管护区粮食平均亩产", "公斤/亩", "≥", "520 ", 6),
        (None, "社会效益指标", "受益农户数", "户", "≥", "9800 ", 6),
        (None, "生态效益指标", "农田灌溉水有效利用系数", "—", "≥", "0.62 ", 6),
        (None, "可持续影响指标", "管护责任落实率", "%", "=", pct(1), 6),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "%", "≥", pct(0.9), 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    dress(s, head, first, last, 7, value_col=6, op_col=5)
    footer(s, "彭立新", "0719-6352280", day(2025, 11, 2), 7)
    return b


@variant(
    "ng10-direction-column",
    (11, 9),
    "project, OLD-NAT, LibreOffice: 指标性质 (正向/反向) │ 比较符 │ 计量单位 "
    "│ 指标值 │ 备注, numbers typed as text with a trailing space",
)
def ng10() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("项目绩效目标", (16, 14, 30, 10, 8, 10, 12, 16))
    project_head(s, year=2026, name="青岚市城区生活垃圾分类收运处理",
                 dept="青岚市城市管理局（318）",
                 unit="青岚市环境卫生管理处", attr="常年项目",
                 money=[("年度资金总额", money(1280, WAN), "其中：财政拨款", money(1180, WAN)),
                        ("其他资金", money(100, WAN), None, None)],
                 goals=["2026年城区386个小区生活垃圾分类全覆盖，厨余垃圾日处理能力达到150吨，"
                        "生活垃圾回收利用率达到38%以上，无害化处理率100%。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "计量单位", "指标值",
                 "备注")  # fmt: skip
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "分类收运车辆配置数", "正向", "≥", "辆", "42 ", None),
        (None, None, "分类覆盖小区数", "正向", "≥", "个", "386 ", None),
        (None, None, "厨余垃圾日处理量", "正向", "≥", "吨/日", "150 ", None),
        (None, "质量指标", "生活垃圾回收利用率", "正向", "≥", "%", pct(0.38), "省考核标准"),
        (None, None, "分类投放准确率", "正向", "≥", "%", pct(0.8), None),
        (None, "时效指标", "垃圾日产日清率", "正向", "=", "%", pct(1), None),
        (None, "成本指标", "厨余垃圾吨处理成本", "反向", "≤", "元/吨", "120 ", None),
        (None, None, "收运车辆年运维费用", "反向", "≤", "万元/辆", "8 ", None),
        ("效益指标", "社会效益指标", "居民分类知晓率", "正向", "≥", "%", pct(0.95), None),
        (None, "生态效益指标", "原生生活垃圾填埋量", "反向", "≤", "吨/日", "60 ", None),
        (None, None, "生活垃圾无害化处理率", "正向", "=", "%", pct(1), None),
        (None, "可持续影响指标", "小区分类督导员在岗率", "正向", "≥", "%", pct(0.9), None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "正向", "≥", "%", pct(0.85),
         "第三方调查"),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 8, value_col=7, op_col=5)
    dropdown(s, 4, first, last, "正向,反向,定性")
    footer(s, "骆航", "0797-8316652", day(2025, 10, 20), 8)
    return b


@variant(
    "ng11-explained-points",
    (5, 10),
    "project, NAT-2021, WPS: 计量单位 │ 指标值 │ 分值 │ 指标解释, 一、产出指标（40分）, "
    "units also inside the values",
)
def ng11() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("Sheet1", (18, 16, 28, 10, 14, 8, 30))
    project_head(s, year=2026, name="北塘区公共文化场馆免费开放", dept="北塘区文化和旅游局（309）",
                 unit="北塘区图书馆、北塘区文化馆", attr="常年项目",
                 money=[("年度资金总额", money(168, WAN), "其中：财政拨款", money(168, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["区图书馆、文化馆全年免费开放，每周开放不少于56小时，接待读者36万人次"
                        "以上，举办公益培训120场以上，群众满意度达到92%以上。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "指标值", "分值", "指标解释")
    first = head + 1
    last = s.table([
        ("一、产出指标（40分）", "数量指标", "图书馆年接待读者人次", "万人次", "≥36万人次", 6,
         "以门禁系统统计为准"),
        (None, None, "文化馆公益培训场次", "场", "≥120场", 6, None),
        (None, None, "流动图书车服务站点", "个", "≥45个", 5, "含村（社区）服务点"),
        (None, "质量指标", "免费开放时间达标率", "%", pct(1), 6, "实际开放时长/规定时长"),
        (None, None, "公益培训学员结业率", "%", "≥90%", 6, None),
        (None, "时效指标", "每周免费开放时长", "小时", "≥56小时", 6, None),
        (None, None, "新书上架周期", "天", "≤15天", 5, "自到馆验收之日起计算"),
        ("二、成本指标（20分）", "经济成本指标", "单场公益培训成本", "元/场", "≤3000元/场", 10,
         None),
        (None, None, "场馆运行维护费用", "万元", "≤132万元", 10, "水电、物业、设备维护"),
        ("三、效益指标（30分）", "社会效益指标", "公共文化服务覆盖人口", "万人", "≥42万人", 10,
         None),
        (None, None, "数字资源访问量", "万次", "≥80万次", 10, None),
        (None, "可持续影响指标", "免费开放长效保障机制", "—", "健全", 10, None),
        ("四、满意度指标（10分）", "服务对象满意度指标", "读者及参训群众满意度", "%", "≥92%", 10,
         "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    dress(s, head, first, last, 7, value_col=5)
    footer(s, "陆青", "0512-6610937", day(2025, 11, 10), 7)
    return b


@variant(
    "ng12-two-years-points",
    (5, 8),
    "two-year project, OLD-NAT, LibreOffice: 计量单位 │ 中期指标值 │ 年度指标值 "
    "│ 分值, 一、产出指标（50分）, tiers merged down",
)
def ng12() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("绩效目标表", (18, 16, 28, 10, 14, 14, 8))
    project_head(s, year=2026, years=2, name="苍岭县乡村学校少年宫建设（2026—2027年）",
                 dept="苍岭县教育局（503）", unit="苍岭县教育发展服务中心", attr="新增项目",
                 money=[("中期资金总额", money(360, WAN), "年度资金总额", money(200, WAN)),
                        ("其中：财政拨款", money(300, WAN), "其中：财政拨款", money(160, WAN)),
                        ("其他资金", money(60, WAN), "其他资金", money(40, WAN))],
                 goals=["2026—2027年在全县建成12所乡村学校少年宫，配备活动器材240套，培训辅导"
                        "教师480人次，受益农村学生8600人以上。",
                        "2026年建成7所乡村学校少年宫，配备活动器材140套，培训辅导教师240人次，"
                        "受益农村学生5000人以上。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值", "分值")
    first = head + 1
    last = s.table([
        ("一、产出指标（50分）", "数量指标", "建成乡村学校少年宫", "所", "≥12所", "≥7所", 10),
        (None, None, "配备活动器材套数", "套", "≥240套", "≥140套", 10),
        (None, None, "辅导教师培训人次", "人次", "≥480人次", "≥240人次", 8),
        (None, "质量指标", "少年宫建设验收合格率", "%", pct(1), pct(1), 8),
        (None, "时效指标", "单所少年宫建设工期", "天", "≤90天", "≤90天", 6),
        (None, "成本指标", "单所少年宫建设补助", "万元/所", "≤25万元/所", "≤25万元/所", 8),
        ("二、效益指标（30分）", "社会效益指标", "受益农村学生人数", "人", "≥8600人", "≥5000人",
         10),
        (None, None, "学生参与兴趣活动比例", "%", "≥80%", "≥80%", 10),
        (None, "可持续影响指标", "少年宫每年常态化开放周数", "周", "≥32周", "≥32周", 10),
        ("三、满意度指标（20分）", "服务对象满意度指标", "学生满意度", "%", "≥90%", "≥90%", 10),
        (None, None, "家长满意度", "%", "≥90%", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    dress(s, head, first, last, 7, value_col=6)
    footer(s, "舒明", "0745-4325561", day(2025, 10, 27), 7)
    return b
