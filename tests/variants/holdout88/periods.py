"""Project tables of the 88th held-out set with notes in the head, two-line headers, 中期/年度
columns, points and stacked projects: kt13–kt18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout88.common import header, signature, two_line_header
from tests.variants.holdout88.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "kt13-public-toilets-two-line",
    (7, 12),
    "project, NAT-2021, one year, a two-line "
    "header (指标值 over 比较符 · 数值 · 单位), a 其中 note below its whole (correct)",
)
def kt13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2026,
        name="檀溪县城区公厕提质改造",
        dept="檀溪县城市管理局（402006）",
        unit="檀溪县环境卫生服务中心",
        money=[
            (
                "年度资金总额",
                money(120, WAN),
                "其中：财政拨款（含上年结转20万元）",
                money(100, WAN),
            ),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=[
            "2026年完成城区28座公厕提质改造，新增第三卫生间6个，公厕保洁达标率达到95%以上，"
            "群众如厕满意度达到90%以上。"
        ],
    )
    two_line_header(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, None),
        (None, None, None, "比较符", "数值", "单位"),
        spans=[(4, 6)],
    )
    rows = [
        ("成本指标", "经济成本指标", "单座公厕改造平均成本", "≤", 3.8, "万元/座"),
        ("产出指标", "数量指标", "公厕提质改造数量", "≥", 28, "座"),
        (None, None, "新增第三卫生间", "≥", 6, "个"),
        (None, None, "新增无障碍设施", "≥", 20, "处"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "公厕保洁达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", "2026年10月31日", "—"),
        ("效益指标", "社会效益指标", "日均服务如厕人次", "≥", 16000, "人次"),
        (None, "生态效益指标", "节水型器具使用率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "公厕长效管护制度", "定性", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "群众如厕满意度", "≥", pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "易晨", "0745-3388 174", 2025, 11, 17, "杨波")
    return b


@variant(
    "kt14-afforestation-three-years",
    (8,),
    "three-year project, NAT-2021, 中期/年度 "
    "columns with values inline: 万亩 in a name with 亩 values, an annual area above the "
    "period one",
)
def kt14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 16, 16, 14))
    project_head(
        s,
        year=2026,
        years=3,
        name="汐川县国土绿化提升行动（2026—2028年）",
        dept="汐川县林业局（615002）",
        unit="汐川县国有林场",
        money=[
            ("中期资金总额", money(1260, WAN), "年度资金总额", money(420, WAN)),
            ("其中：财政拨款", money(1140, WAN), "其中：财政拨款", money(380, WAN)),
            ("其他资金", money(120, WAN), "其他资金", money(40, WAN)),
        ],
        goals=[
            "2026—2028年完成人工造林3600亩、森林抚育18000亩，造林成活率达到90%以上，"
            "森林覆盖率提高0.5个百分点。",
            "2026年完成人工造林1200亩、森林抚育6000亩，造林成活率达到90%以上。",
        ],
        attr="新增项目",
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标值设定依据")
    rows = [
        ("成本指标", "经济成本指标", "人工造林亩均成本", "≤1500元/亩", "≤1500元/亩", "计划标准"),
        (
            None,
            None,
            mk(
                "森林抚育亩均成本",
                "B107",
                "warning",
                row=True,
                required=False,
                note="follows from the 19000 亩 slip: 300 × 19000 = 570万元 > 420",
            ),
            "≤300元/亩",
            "≤300元/亩",
            "计划标准",
        ),
        (
            "产出指标",
            "数量指标",
            mk(
                "人工造林面积（万亩）",
                "T119",
                "warning",
                row=True,
                alt=("T112", "T110"),
                note="the name says 万亩, the values are in 亩",
            ),
            "≥3600亩",
            "≥1200亩",
            "计划标准",
        ),
        (
            None,
            None,
            mk(
                "森林抚育面积",
                "D104",
                "warning",
                row=True,
                required=False,
                note="follows from the slip: the 年度目标 says 6000亩",
            ),
            "≥18000亩",
            mk("≥19000亩", "D201", "error", note="annual 19000 亩 above the period's 18000 亩"),
            "计划标准",
        ),
        (None, None, "苗木采购数量", "≥36万株", "≥12万株", "计划标准"),
        (None, "质量指标", "造林成活率", "≥90%", "≥90%", "行业标准"),
        (None, None, "苗木质量合格率", "=100%", "=100%", "行业标准"),
        (None, "时效指标", "春季造林完成时间", "每年4月30日前", "2026年4月30日前", "计划标准"),
        ("效益指标", "生态效益指标", "森林覆盖率提高", "≥0.5百分点", "≥0.15百分点", "计划标准"),
        (None, None, "新增固碳量", "≥2100吨", "≥700吨", "其他标准"),
        (None, "社会效益指标", "带动林农务工人次", "≥15000人次", "≥5000人次", "历史标准"),
        (None, "可持续影响指标", "造林地管护责任落实率", "=100%", "=100%", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%", "行业标准"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "田野", "0736-5503 912", 2025, 11, 28, "彭飞")
    return b


@variant(
    "kt15-stacked-markets-and-lights",
    (2, 11),
    "two projects stacked, OLD-NAT, value and "
    "unit before a 比较符 column in words, a deadline in the year, 反向 rates with 不高于 "
    "(correct)",
)
def kt15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 12, 10))
    hdr = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "比较符")
    project_head(
        s,
        year=2026,
        title="2026年度项目支出绩效目标表",
        name="朔阳市农贸市场标准化改造",
        dept="朔阳市商务局（311004）",
        unit="朔阳市商贸流通服务中心",
        money=[
            ("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["2026年完成5个农贸市场标准化改造，10月31日前全部投入使用，商户满意度达到90%以上。"],
    )
    header(s, *hdr)
    s.table(
        [
            ("产出指标", "数量指标", "标准化改造农贸市场数量", 5, "个", "不少于"),
            (None, None, "新增智能电子秤", 600, "台", "不少于"),
            (None, "质量指标", "改造工程验收合格率", pct(1), "%", "等于"),
            (None, "时效指标", "改造市场投入使用时间", "2026年10月31日", "—", "不晚于"),
            (None, "成本指标", "单个市场改造补助", 30, "万元/个", "不高于"),
            ("效益指标", "社会效益指标", "市场食品快检合格率", pct(0.98), "%", "不低于"),
            (None, None, "商户投诉率", pct(0.02), "%", "不高于"),
            (None, "可持续影响指标", "市场长效管理机制", "健全", "—", "定性"),
            ("满意度指标", "服务对象满意度指标", "商户满意度", pct(0.9), "%", "不低于"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="朔阳市背街小巷路灯完善工程",
        dept="朔阳市城市管理综合执法局（312007）",
        unit="朔阳市路灯管理所",
        money=[
            ("年度资金总额", money(88, WAN), "其中：财政拨款", money(80, WAN)),
            ("其他资金", money(8, WAN), None, None),
        ],
        goals=["2026年为背街小巷新装LED路灯1100盏，亮灯率保持在98%以上，路灯故障率不高于2%。"],
    )
    header(s, *hdr)
    s.table(
        [
            ("产出指标", "数量指标", "新装LED路灯数量", 1100, "盏", "不少于"),
            (None, None, "覆盖背街小巷条数", 85, "条", "不少于"),
            (None, "质量指标", "路灯亮灯率", pct(0.98), "%", "不低于"),
            (None, None, "路灯故障率", pct(0.02), "%", "不高于"),
            (None, "时效指标", "故障路灯修复时限", 48, "小时", "不超过"),
            (None, "成本指标", "单盏路灯安装成本", 0.08, "万元/盏", "不高于"),
            ("效益指标", "社会效益指标", "夜间治安案件发案率下降幅度", pct(0.1), "%", "不低于"),
            (None, None, "年节约用电量", 12, "万千瓦时", "不少于"),
            ("满意度指标", "服务对象满意度指标", "沿街居民满意度", pct(0.9), "%", "不低于"),
        ],
        merged=(1, 2),
    )
    signature(s, "龚雪", "0477-2261 455", 2025, 11, 21)
    return b


@variant(
    "kt16-child-nutrition-points",
    (10, 12),
    "project, NAT-2021, one year, 分值 column with "
    "a 合计 row: points adding to 95, a subsidy standard × pupils above the budget",
)
def kt16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 8))
    project_head(
        s,
        year=2026,
        name="青枫区农村学生营养改善计划",
        dept="青枫区教育体育局（206010）",
        unit="青枫区学生资助管理中心",
        money=[
            ("年度资金总额", money(380, WAN), "其中：财政拨款", money(380, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "2026年为全区农村义务教育阶段4200名学生提供营养膳食补助，按每生每年1000元标准"
            "发放，学生营养健康状况持续改善，家长满意度达到90%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "分值")
    rows = [
        (
            "成本指标",
            "经济成本指标",
            mk(
                "营养膳食补助标准",
                "B107",
                "warning",
                row=True,
                note="1000元/人·年 × 4200人 = 420万元 > 年度资金 380万元",
            ),
            "≤",
            "1000元/人·年",
            10,
        ),
        ("产出指标", "数量指标", "受益学生人数", "≥", "4200人", 10),
        (None, None, "供餐学校数量", "≥", "36所", 10),
        (None, "质量指标", "供餐食品安全抽检合格率", "≥", pct(0.98), 10),
        (None, None, "补助资金发放准确率", "=", pct(1), 5),
        (None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), 5),
        ("效益指标", "社会效益指标", "学生营养不良检出率下降幅度", "≥", "1百分点", 10),
        (None, None, "供餐学校学生在校就餐率", "≥", pct(0.95), 10),
        (None, "可持续影响指标", "学校食堂供餐长效机制", "定性", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), 15),
    ]
    s.table(rows, merged=(1, 2))
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    b.file_mark("W101", "error", note="the points add up to 95, the 合计 row says 100")
    signature(s, "柏涛", "0591-8860 395", 2025, 11, 23)
    return b


@variant(
    "kt17-flood-warning-one-year",
    (1, 12),
    "project, NAT-2021, one year, 比较符 column, a "
    "date cell: a 其中 note above its whole in the 财政拨款 label, a deadline next year",
)
def kt17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 12))
    project_head(
        s,
        year=2026,
        name="檀溪县山洪灾害监测预警系统运行维护",
        dept="檀溪县水利局（403005）",
        unit="檀溪县水旱灾害防御中心",
        money=[
            (
                "年度资金总额",
                money(132, WAN),
                mk(
                    "其中：财政拨款（含上年结转140万元）",
                    "B101",
                    "error",
                    row=True,
                    alt=("B102",),
                    note="the 上年结转 part 140 is above the 财政拨款 112 and the total 132",
                ),
                money(112, WAN),
            ),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=[
            "2026年完成全县86处自动雨量站、42处水位站运行维护，站点数据到报率达到95%以上，"
            "汛前完成全部站点检修，预警信息发布覆盖率达到100%。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    rows = [
        ("成本指标", "经济成本指标", "单站年均运维成本", "≤", 1.0, "万元/站"),
        ("产出指标", "数量指标", "运维自动雨量站数量", "≥", 86, "处"),
        (None, None, "运维水位站数量", "≥", 42, "处"),
        (None, None, "预警广播终端检修数量", "≥", 320, "台"),
        (None, "质量指标", "站点数据到报率", "≥", pct(0.95), "%"),
        (None, None, "预警信息发布覆盖率", "=", pct(1), "%"),
        (
            None,
            "时效指标",
            "汛前站点检修完成时间",
            "≤",
            mk(
                day(2027, 1, 31, CN_DATE),
                "Y102",
                "error",
                alt=("Y101",),
                note="one-year project of 2026 (汛前): the deadline lies in 2027",
            ),
            "—",
        ),
        (None, None, "预警信息发布时限", "≤", 30, "分钟"),
        ("效益指标", "社会效益指标", "山洪灾害转移避险人数", "≥", 3500, "人"),
        (None, None, "山洪灾害人员伤亡数", "=", 0, "人"),
        (None, "可持续影响指标", "监测预警系统运行年限延长", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "冯川", "0745-3342 610", 2025, 11, 19, "卢刚")
    return b


@variant(
    "kt18-cancer-screening-three-years",
    (8, 12),
    "three-year project, NAT-2021, 比较符, "
    "中期/年度 and 计量单位 columns: 万人 in a name with 万人 values, standard × count equal "
    "to the budget (correct)",
)
def kt18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 9, 14, 14, 10))
    project_head(
        s,
        year=2026,
        years=3,
        name="朔阳市农村适龄妇女两癌免费筛查（2026—2028年）",
        dept="朔阳市卫生健康委员会（306001）",
        unit="朔阳市妇幼保健院",
        money=[
            ("中期资金总额", money(540, WAN), "年度资金总额", money(180, WAN)),
            ("其中：财政拨款", money(540, WAN), "其中：财政拨款", money(180, WAN)),
            ("其他资金", money(0, WAN), "其他资金", money(0, WAN)),
        ],
        goals=[
            "2026—2028年为全市农村35—64岁适龄妇女免费开展宫颈癌、乳腺癌筛查27000人，"
            "筛查覆盖适龄妇女2.7万人，早诊率达到90%以上。",
            "2026年完成两癌筛查9000人，筛查覆盖适龄妇女0.9万人，阳性病例随访率达到95%以上。",
        ],
        attr="新增项目",
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    rows = [
        ("成本指标", "经济成本指标", "人均筛查补助标准", "≤", 200, 200, "元/人"),
        ("产出指标", "数量指标", "两癌筛查人数", "≥", 27000, 9000, "人"),
        (None, None, "筛查覆盖适龄妇女（万人）", "≥", 2.7, 0.9, "万人"),
        (None, None, "基层筛查人员培训人次", "≥", 600, 200, "人次"),
        (None, "质量指标", "筛查结果随机复核符合率", "≥", pct(0.9), pct(0.9), "%"),
        (None, None, "阳性病例随访率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "筛查结果反馈时限", "≤", 30, 30, "天"),
        ("效益指标", "社会效益指标", "两癌早诊率", "≥", pct(0.9), pct(0.9), "%"),
        (None, None, "适龄妇女两癌防治知识知晓率", "≥", pct(0.85), pct(0.8), "%"),
        (None, "可持续影响指标", "两癌筛查信息管理系统使用率", "=", pct(1), pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥", pct(0.9), pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "喻晴", "0477-8120 547", 2025, 11, 26, "邵华")
    return b
