"""Projects with 中期 (or 实施期) and 年度 columns (§3.1, §4.2 rule 10) of the 169th held-out
corpus: nw07–nw10."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout169.common import HEAD5, indicators, money_two
from tests.variants.holdout169.registry import variant
from tests.variants.kit import Book, mk


@variant("nw07-sewage-annual-pipe-above-period", (8, 9),
         "three-year project, NAT-2021, 中期 and 年度 value columns: an annual 公里 above the 中期 "
         "公里, the 年度 其他资金 pasted twice (100万100万元)")  # fmt: skip
def nw07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="白苇县农村生活污水治理项目",
        dept="白苇县生态环境局",
        unit="白苇县农村环境整治服务中心",
        money=money_two(
            (1500, 1200, 300),
            (
                500,
                400,
                mk(
                    "100万100万元",
                    "X106",
                    "error",
                    alt=("B108",),
                    note="the amount pasted twice: 100, and 400 + 100 = 500",
                ),
            ),
        ),
        goals=[
            "在项目期内完成全县农村生活污水治理任务，建立设施长效运维机制，农村人居环境明显改善。",
            "完成首批行政村生活污水收集管网和终端处理设施建设，开展设施试运行。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "完成污水治理行政村数", "≥90个", "≥30个"),
        (None, None, "新建污水收集管网", "≥120公里",
         mk("≥150公里", "D201", "error", note="150 km in the first year, 120 km in three")),
        (None, None, "新建终端处理设施", "≥45个", "≥15个"),
        (None, "质量指标", "出水水质达标率", "≥90%", "≥90%"),
        (None, None, "工程竣工验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "项目总成本", "≤1500万元", "≤500万元"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥65%", "≥45%"),
        (None, "社会效益指标", "农村人居环境改善情况", "显著", "显著"),
        (None, "可持续影响指标", "设施运维管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="if the doubled amount is misread")
    b.file_mark("B103", "error", required=False, note="if the doubled amount is misread")
    return b


@variant("nw08-security-two-column-sets", (8,),
         "three-year project, NAT-2021, two complete column sets (二级/三级/指标值 for 中期, then "
         "for 年度): a unit cost × count equal to the money in both, 投诉率 ≤2% "
         "(correct)")  # fmt: skip
def nw08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 16, 26, 16, 16, 26, 16))
    project_head(
        s,
        year=2026,
        years=3,
        name="青萍区老旧小区智慧安防改造项目",
        dept="青萍区住房和城乡建设局",
        unit="青萍区城市更新服务中心",
        money=money_two((900, 750, 150), (300, 250, 50)),
        goals=[
            "在项目期内完成全区老旧小区智慧安防改造，构建小区智能安防体系，居民安全感明显提升。",
            "完成首批老旧小区智能门禁和视频监控改造，实现改造小区安防设施联网运行。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
                   "指标值（年度）"), [
        ("产出指标", "数量指标", "完成智慧安防改造小区", "≥60个",
         "数量指标", "完成智慧安防改造小区", "≥20个"),
        (None, None, "安装智能门禁及监控点位", "≥2400个",
         None, "安装智能门禁及监控点位", "≥800个"),
        (None, "质量指标", "设备安装验收合格率", "≥98%",
         "质量指标", "设备安装验收合格率", "≥98%"),
        (None, "时效指标", "改造任务完成时间", "2028年10月31日前",
         "时效指标", "改造任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个小区改造成本", "≤15万元/个",
         "经济成本指标", "单个小区改造成本", "≤15万元/个"),
        ("效益指标", "社会效益指标", "改造小区入室盗窃案件下降率", "≥30%",
         "社会效益指标", "改造小区入室盗窃案件下降率", "≥20%"),
        (None, None, "居民安防服务投诉率", "≤2%", None, "居民安防服务投诉率", "≤2%"),
        (None, "可持续影响指标", "安防设备运维管护期", "≥5年",
         "可持续影响指标", "安防设备运维管护期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%",
         "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("nw09-games-one-year-equal-columns", (8,),
         "one-year project with 实施期 and 年度 columns and goals, legitimately identical; a cost "
         "equal to the money, an accident count =0起 (correct)")  # fmt: skip
def nw09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    goal = "承办县级全民健身运动会，组织群众性体育赛事，带动全民健身活动广泛开展。"
    project_head(
        s,
        year=2027,
        attr="一次性项目",
        name="桐汀县全民健身运动会承办项目",
        dept="桐汀县文化广电体育和旅游局",
        unit="桐汀县体育运动服务中心",
        money=money_two((85, 85, 0), (85, 85, 0), mid_label="实施期资金总额"),
        goals=[goal, goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "设置比赛项目", "≥12项", "≥12项"),
        (None, None, "参赛运动员人数", "≥1600人", "≥1600人"),
        (None, "质量指标", "裁判员持证上岗率", "≥95%", "≥95%"),
        (None, None, "赛事安全事故发生数", "=0起", "=0起"),
        (None, "时效指标", "运动会举办完成时间", "2027年10月31日前", "2027年10月31日前"),
        ("成本指标", "经济成本指标", "赛事组织总成本", "≤85万元", "≤85万元"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", "≥42%"),
        (None, "可持续影响指标", "县级赛事承办工作机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥90%", "≥90%"),
        (None, None, "观赛群众满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    return b


@variant("nw10-herbs-annual-cost-above-money", (8, 12),
         "two-year project, NAT-2021, unit column before the 中期 and 年度 columns, operators "
         "inside the values: an annual 项目总成本 above the 年度资金, the same indicator twice "
         "under 数量指标 with different annual values")  # fmt: skip
def nw10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 28, 10, 16, 16))
    project_head(
        s,
        year=2026,
        years=2,
        name="雾溪县中药材标准化种植基地建设项目",
        dept="雾溪县农业农村局",
        unit="雾溪县经济作物技术推广站",
        money=money_two((400, 320, 80), (220, 180, 40)),
        goals=[
            "在项目期内建成中药材标准化种植基地，健全种苗繁育和技术服务体系，带动种植户增收。",
            "完成首期标准化种植基地建设和种植户技术培训，推广良种良法。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标",
         mk("新建中药材标准化种植基地", "D102", "error", row=True, required=False,
            note="the first of the two rows; the finding may stand here"),
         "亩", "≥5000", "≥2600"),
        (None, None, "培训种植户", "人次", "≥1200", "≥600"),
        (None, None,
         mk("新建中药材标准化种植基地", "D102", "error", row=True, alt=("D103",),
            note="the same indicator again, 年度 ≥3000 against ≥2600"),
         "亩", "≥5000", "≥3000"),
        (None, "质量指标", "种苗成活率", "%", "≥90", "≥90"),
        (None, "时效指标", "基地建设完成时间", None, "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "项目总成本", "万元", "≤400",
         mk("≤260", "B107", "warning", row=True, note="260万元 > 年度资金 220万元")),
        ("效益指标", "经济效益指标", "种植户亩均增收", "元/亩", "≥1000", "≥800"),
        (None, "社会效益指标", "带动农户参与种植比例", "%", "≥30", "≥25"),
        (None, "可持续影响指标", "中药材技术服务体系", None, "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b
