"""Passion fruit orchards (百香果): dw07–dw12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout585.common import (
    HEAD4,
    HEAD_MID,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout585.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("dw07-passion-word-operators", (1, 10, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, unit column, typed percents, "
         "a rise in 百分点, a 反向 发病率 with 小于等于 (correct)")  # fmt: skip
def passion_word_operators() -> Book:
    b, s = start()
    project_head(s, year=2025, name="桂潭乡百香果嫁接苗繁育推广项目", dept="芒岭县农业农村局 109",
                 unit="桂潭乡农业综合服务站", money=one_year(wan(85), wan(60), wan(25)),
                 goals=["繁育百香果嫁接苗5万株，推广种植800亩，"
                        "优质果率提高5个百分点。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "嫁接苗繁育数量", "大于等于", 50000, "株"),
        (None, None, "推广种植面积", "大于等于", 800, "亩"),
        (None, "质量指标", "嫁接苗成活率", "大于等于", pct(0.92), "%"),
        (None, None, "推广园茎基腐病发病率", "小于等于", pct(0.08), "%"),
        (None, "时效指标", "种苗发放时限", "小于等于", 60, "天"),
        (None, "成本指标", "嫁接苗繁育单株成本", "小于等于", 6, "元/株"),
        ("效益指标", "经济效益指标", "优质果率提高", "大于等于", 5, "百分点"),
        (None, "可持续影响指标", "良种覆盖率", "大于等于", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "覃丽娟", "0776-5528130", day(2024, 11, 12))
    return b


@variant("dw08-passion-trellis-cost", (12,),
         "project, NAT-2021: a trellis subsidy × area the annual money cannot pay, a goal count "
         "above its indicator")  # fmt: skip
def passion_trellis_cost() -> Book:
    b, s = start()
    goal = ok(
        "新建百香果标准化棚架园500亩，带动种植户300户，亩均产值达到8000元。",
        "warning",
        note="the D104 finding may quote this text; the mark is on the indicator row",
    )
    project_head(s, year=2025, name="芒岭县百香果棚架标准化建设项目", dept="芒岭县农业农村局 109",
                 unit="芒岭县水果技术推广站", money=one_year(wan(120), wan(100), wan(20)),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建标准化棚架面积", "≥500亩"),
        (None, "质量指标", "棚架工程验收合格率", "≥98%"),
        (None, "时效指标", "棚架搭建完成时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "棚架搭建补助标准",
         mk("≤3000元/亩", "B107", "warning", row=True,
            note="3000元/亩 × 500亩 = 150万元，超过年度资金120万元")),
        ("效益指标", "经济效益指标", "棚架园亩均产值", "≥8000元/亩"),
        (None, "社会效益指标", "带动种植户数",
         mk("≥200户", "D104", "warning", row=True, note="年度目标写带动种植户300户")),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dw09-passion-second-sheet", (7,),
         "project, OLD-NAT abbreviated tiers: head on the first sheet, indicators on a "
         "second sheet under 预期实现值 with a unit column, a later year named on purpose "
         "(correct)")  # fmt: skip
def passion_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="香茅乡百香果脱毒种苗供应项目", dept="潞石县农业农村局 204",
                 unit="香茅乡农业服务中心", money=one_year(wan(64), wan(54), wan(10)),
                 goals=["供应脱毒种苗12万株，完成脱毒检测600份，为2026年全乡百香果进入盛产期"
                        "打好种苗基础。"])  # fmt: skip
    notes(s, "绩效指标见“绩效指标”工作表。")
    t = b.sheet("绩效指标", (12, 16, 30, 14, 12))
    t.title("2025年度项目绩效指标", 5)
    t.row("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    t.table([
        ("产出", "数量", "脱毒种苗供应数量", "≥12", "万株"),
        (None, None, "种苗脱毒检测数量", "≥600", "份"),
        (None, "质量", "种苗病毒检测阳性率", "≤2", "%"),
        (None, "时效", "种苗供应完成时限", "≤90", "天"),
        (None, "成本", "脱毒种苗单株补助", "≤4", "元/株"),
        ("效益", "社会效益", "脱毒苗推广覆盖行政村", "≥9", "个"),
        (None, "可持续影响", "种苗繁育体系运行年限", "≥5", "年"),
        ("满意度", "服务对象满意度", "种苗用户满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("dw10-passion-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: cumulative counts "
         "copied into 年度, a 中期目标 naming 2029")  # fmt: skip
def passion_three_year() -> Book:
    b, s = start()
    mid = mk("到2029年建成百香果示范基地3个，培育家庭农场30家，带动农户就业500人。", "Y103",
             "warning", note="中期目标（2025年—2027年）写到2029年")  # fmt: skip
    project_head(s, year=2025, years=3, name="橘川镇百香果产业示范园项目", attr="新增项目",
                 dept="潞石县农业农村局 204", unit="橘川镇人民政府",
                 money=multi_year((900, 750, 150), (300, 250, 50)),
                 goals=[mid, "启动示范基地建设，培育家庭农场，推广标准化种植。"])  # fmt: skip
    copied = "累计数照抄中期值"
    indicators(s, HEAD_MID, [
        ("产出指标", "数量指标", "建设百香果示范基地", "≥3个",
         mk("≥3个", "D202", "warning", note=copied)),
        (None, None, "培育百香果家庭农场", "≥30家", mk("≥30家", "D202", "warning", note=copied)),
        (None, "质量指标", "示范基地标准化生产达标率", "≥90%", "≥90%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "示范基地建设单位成本", "≤90万元/个", "≤90万元/个"),
        ("效益指标", "经济效益指标", "示范基地亩均产值", "≥1万元", "≥0.8万元"),
        (None, "社会效益指标", "带动农户就业", "≥500人", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "入园农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dw11-passion-system-export", (2, 4, 7),
         "budget-system export: 05-1 money sheet and 05-2 indicator sheet with codes in the first "
         "columns, header on the third row, two projects, header repeated after a page break "
         "(correct)")  # fmt: skip
def passion_system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 24, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：芒岭县水果技术推广站", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("520321250001", "百香果种植技术推广", 38, 38, 0)
    s.row("520321250002", "百香果冷链物流补助", 52, 40, 12)
    s.row("合计", None, 90, 78, 12)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 18, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：芒岭县水果技术推广站", merge=[(1, 6)])
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.row(*head)
    t.table([
        ("520321250001", "百香果种植技术推广", "产出指标", "数量指标", "举办技术培训班", "≥12期"),
        (None, None, None, None, "培训种植户", "≥600人次"),
        (None, None, None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, None, "时效指标", "培训完成时间", "2025年11月30日前"),
        (None, None, None, "成本指标", "每期培训成本", "≤3万元"),
        (None, None, "效益指标", "社会效益指标", "新技术到户率", "≥85%"),
        (None, None, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    t.skip()
    t.row(*head)
    t.table([
        ("520321250002", "百香果冷链物流补助", "产出指标", "数量指标", "补助冷藏运输车辆", "≥8辆"),
        (None, None, None, "质量指标", "冷链运输损耗率", "≤5%"),
        (None, None, None, "时效指标", "补助资金拨付时限", "≤30个工作日"),
        (None, None, None, "成本指标", "单车补助标准", "≤6.5万元"),
        (None, None, "效益指标", "经济效益指标", "鲜果外销量增长率", "≥15%"),
        (None, None, "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "注：本表由预算管理一体化系统导出，指标值为年度目标值。")
    return b


@variant("dw12-passion-starred-html", (5, 13),
         "project, NAT-2021, tier labels with ★ and abbreviations: a <br> in the goal, a value "
         "without a name, a quality rate under 时效")  # fmt: skip
def passion_starred_html() -> Book:
    b, s = start()
    goal = mk("开展百香果病虫害统防统治<br>覆盖果园3000亩，化学农药使用量减少10%。", "X102",
              "warning")  # fmt: skip
    project_head(s, year=2025, name="沱湾镇百香果病虫害统防统治项目", dept="潞石县农业农村局 204",
                 unit="沱湾镇农业服务中心", money=one_year(wan(48), wan(40), wan(8)),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("★产出指标", "数量", "统防统治覆盖面积", "≥3000亩"),
        (None, None, mk(None, "F110", "error", note="有指标值≥2场，没有三级指标名称"), "≥2场"),
        (None, "质量", "防治效果达标率", "≥85%"),
        (None, "时效", mk("统防统治作业合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, None, "病虫害预警发布时限", "≤24小时"),
        ("★成本指标", "经济成本", "统防统治亩均成本", "≤150元/亩"),
        ("效益指标", "生态效益", "化学农药使用量减少率", "≥10%"),
        (None, "社会效益", "带动专业化服务组织", "≥3家"),
        ("★满意度指标", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
