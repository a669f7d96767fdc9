"""Returns of the construction-site safety training drive (kan13–kan18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout706.common import (
    HEAD4,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout706.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kan13-safety-export", (7,), "budget-system export: money on sheet 05-1, the "
         "indicator table on sheet 05-2 under its third row, codes in the first "
         "columns (correct)")  # fmt: skip
def kan13() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：鹤塘县住房和城乡建设局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("430722260017", "建筑施工现场安全生产培训", w(96), w(90), w(6))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：鹤塘县住房和城乡建设局", merge=[(1, 6)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "430722260017", "建筑施工现场安全生产培训"
    t.table([
        (code, name, "产出指标", "数量指标", "培训施工一线作业人员人次", "≥4000人次"),
        (None, None, None, None, "特种作业人员持证上岗率", pct(1)),
        (None, None, None, "质量指标", "培训考核合格率", pct(0.95)),
        (None, None, None, "时效指标", "年度培训计划完成时间", "2026年11月30日前"),
        (None, None, "成本指标", "经济成本指标", "人均培训成本", "≤200元/人次"),
        (None, None, "效益指标", "社会效益指标", "施工现场安全事故发生率下降率", "≥10%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kan14-safety-count-mismatch", (11,), "project, NAT-2021, operators in words in their "
         "own column, a unit column: goal's count against the indicator, cost × count over the "
         "money")  # fmt: skip
def kan14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="柘湖区建筑工地安全生产轮训行动", dept="柘湖区住房和城乡建设局",
                 unit="柘湖区建设工程安全监督站", money=one_year(w(40), w(36), w(4)),
                 goals=["全年轮训一线作业人员3000人次、项目专职安全员120名，"
                        "施工现场安全事故发生率控制在0.5‰以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "轮训一线作业人员人次", "大于等于", 3000, "人次"),
        (None, None, "培训项目专职安全员人数", "大于等于",
         mk(100, "D104", "warning", row=True, note="年度绩效目标 says 120名"), "名"),
        (None, "质量指标", "轮训考核合格率", "大于等于", 95, "%"),
        (None, "时效指标", "轮训完成时间", "小于等于", day(YEAR, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "人均轮训成本", "小于等于",
         mk(150, "B107", "warning", row=True, note="150元 × 3000人次 = 45万元 > 40万元"),
         "元/人次"),
        ("效益指标", "社会效益指标", "施工现场安全事故发生率", "小于等于", 0.5, "‰"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "芮承舟", "0731-8426712")
    return b


@variant("kan15-safety-notes", (4,), "project, OLD-NAT, weight column: a note row inside the "
         "table, the header repeated after a page break, a total row, 填表说明 and signature "
         "lines (correct)")  # fmt: skip
def kan15() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄湾县建筑施工安全“进工地”培训项目",
                 dept="澄湾县住房和城乡建设局", unit="澄湾县建筑安全生产服务中心",
                 money=one_year(w(72), w(72), w(0)),
                 goals=["开展安全培训进工地活动，全年覆盖在建工地不少于90个，培训作业人员不少于3600人次，"
                        "较大及以上安全生产事故零发生。"])  # fmt: skip
    head = (*HEAD4, "权重")
    s.row(*head)
    s.table([
        ("产出指标", "数量指标", "覆盖在建工地数", "≥90个", 15),
        (None, None, "培训作业人员人次", "≥3600人次", 15),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：质量指标按县住建局季度抽查口径统计", width=5)
    s.table([
        ("产出指标", "质量指标", "培训考核合格率", "≥95%", 10),
        (None, "时效指标", "培训完成时间", "2026年11月30日前", 10),
        (None, "成本指标", "人均培训成本", "≤200元/人次", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "较大及以上安全生产事故起数", "=0起", 15),
        (None, "可持续影响指标", "工地安全培训常态化机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "参训作业人员满意度", "≥90%", 15),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须含比较符和计量单位；2.权重合计为100。", width=5)
    sign(s, "晏书澜", "0736-5208190")
    return b


@variant("kan16-safety-multi-year-wrong", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度资金 above 中期资金, 年度目标 copied from 中期目标, a cumulative count "
         "copied")  # fmt: skip
def kan16() -> Book:
    b, s = start()
    text = "建成建筑施工安全实训基地并投入运营，累计培训一线作业人员8000人次。"
    project_head(s, year=YEAR, years=2, name="南坪市建筑施工安全实训基地运营项目",
                 dept="南坪市住房和城乡建设局", unit="南坪市建设工程安全监督站",
                 money=multi_year((w(300), w(260), w(40)),
                                  (mk(w(320), "B103", "error", note="中期资金总额 is 300"),
                                   w(280), w(40))),
                 goals=[text, mk(text, "D204", "warning", note="中期目标 copied")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "实训基地培训作业人员人次", "≥8000人次",
         mk("≥8000人次", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "质量指标", "实训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "实训基地投入运营时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "人均实训成本", "≤300元/人次", "≤300元/人次"),
        ("效益指标", "社会效益指标", "参训企业安全隐患整改率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kan17-safety-stacked-wrong", (2,), "two projects stacked, OLD-NAT, one value column: "
         "the second has a count under 质量 and a deadline of last year")  # fmt: skip
def kan17() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤塘县建筑工人安全教育读本印发项目",
                 dept="鹤塘县住房和城乡建设局", unit="鹤塘县建筑安全生产服务中心",
                 money=one_year(w(18), w(18), w(0)),
                 goals=["编印建筑工人安全教育读本6000册，发放至全县在建工地。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "安全教育读本印发册数", "≥6000册"),
        (None, "质量指标", "读本内容审核通过率", "=100%"),
        (None, "时效指标", "读本发放完成时间", "2026年6月30日前"),
        (None, "成本指标", "单册印制成本", "≤30元/册"),
        ("效益指标", "社会效益指标", "作业人员安全知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "建筑工人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="鹤塘县建筑工地安全培训巡讲项目",
                 dept="鹤塘县住房和城乡建设局", unit="鹤塘县建筑安全生产服务中心",
                 money=one_year(w(30), w(30), w(0)),
                 goals=["组织安全培训巡讲进工地不少于40场，覆盖在建项目不少于50个。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "安全培训巡讲场次", "≥40场"),
        (None, "质量指标", mk("巡讲覆盖在建项目数", "F201", "warning", row=True,
                               note="a count under 质量"), "≥50个"),
        (None, "时效指标", "巡讲完成时间",
         mk(day(YEAR - 1, 10, 31, CN_DATE), "Y102", "error", note="last year's deadline")),
        (None, "成本指标", "单场巡讲成本", "≤0.7万元/场"),
        ("效益指标", "社会效益指标", "参训工地安全隐患整改率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "晏书澜", "0736-5208190")
    return b


@variant("kan18-safety-labels", (5, 7, 11), "project, NAT-2021, abbreviated and ★-marked tier "
         "labels, headers 考核指标 / 目标值（年度） / 评价标准, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def kan18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雾溪区建筑施工企业“安全第一课”培训项目",
                 dept="雾溪区住房和城乡建设局", unit="雾溪区建设工程安全监督站",
                 money=one_year(w(55), w(50), w(5)),
                 goals=["为全区施工企业新进场作业人员开展“安全第一课”不少于2500人次"
                        "（其中高处作业人员不少于800人次），"
                        "为2027年全面推行实名制安全学时积累经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("★产出", "数量", "新进场作业人员培训人次", "≥2500人次", "完成得满分"),
        (None, None, "高处作业人员培训人次", "≥800人次", "完成得满分"),
        (None, "质量", "培训考核合格率", "≥95%", "每低1个百分点扣1分"),
        (None, "时效", "新进场人员岗前培训时限", "≤3天", "超期扣分"),
        ("★成本", "经济成本", "人均培训成本", "≤220元/人次", "超支扣分"),
        ("★效益", "社会效益", "高处坠落事故起数下降率", "≥15%", "未达扣分"),
        (None, None, "施工现场安全隐患发生率", "≤3%", "超出扣分"),
        ("★满意度", "服务对象满意度", "参训作业人员满意度", "≥90%", "按调查结果计分"),
    ])  # fmt: skip
    return b
