"""涉外安全培训 and the offices' department returns: sj13–sj18 (three correct, three with
planted mistakes)."""

from __future__ import annotations

from tests.variants.holdout286.common import (
    YEAR,
    book,
    budget,
    department,
    multi_year,
    note,
    one_year,
    project,
    sign,
    table,
)
from tests.variants.holdout286.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sj13-security-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, a 注 "
         "footnote, 填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def security_footnotes() -> Book:
    b, s = book()
    project(s, "涉外安全培训与应急演练", "澜屿市外办涉外安全管理处", one_year(28, 28, 0),
            ["举办涉外安全培训8期、480人次，开展应急演练2次，全年无涉外安全事件。"])  # fmt: skip
    s.row(*HEAD4)
    note(s, "填写提示：三级指标可按项目实际增减，指标值须量化。", 4)
    s.table([
        ("产出指标", "数量指标", "涉外安全培训班次", "≥8期"),
        (None, None, "培训涉外工作人员人次", "≥480人次"),
        (None, None, "涉外突发事件应急演练次数", "≥2次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "年度培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训成本", "≤500元/人次"),
        ("效益指标", "社会效益指标", "涉外安全事件发生数", "0起"),
        (None, None, "涉外安全风险隐患下降率", "≥10%"),
        (None, "可持续影响指标", "涉外安全培训课程体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：人均培训成本按参训人次测算，含教材、场地和师资费用；隐患下降率与2024年比较。", 4)
    note(s, "填表说明：1.金额单位为万元；2.定性指标填写“健全”“有效”等等级。", 4)
    s.row("单位负责人（签字）：", "罗景舟", "财务负责人：", "邝依宁")
    sign(s, "谭若溪", "0893-6625309", day(YEAR - 1, 11, 15, CN_DATE))
    return b


def security_department_rows() -> tuple[list[tuple[object, ...]], ...]:
    """The indicator blocks of sj14, each followed by its 小计 row."""
    return (
        [("产出指标", "数量指标", "涉外安全培训人次", "≥200人次", 15),
         (None, None, "外宾接待批次", "≥12批次", 15),
         (None, "质量指标", "接待方案执行合规率", "100%", 10),
         (None, "时效指标", "因公出国审批办结时限", "≤7个工作日", 10)],
        [("成本指标", "经济成本指标", "人均涉外安全培训成本", "≤600元/人次", 10)],
        [("效益指标", "社会效益指标", "涉外安全事件发生数", "0起", 15),
         (None, "可持续影响指标", "外事管理制度修订完善", "按时完成", 15)],
        [("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 10)],
    )  # fmt: skip


@variant("sj14-county-page-break", (4,),
         "department, NAT-2021, weight column: a budget-code line, 小计 rows after each tier, "
         "the header repeated after a page break, a 合计 row (correct)")  # fmt: skip
def county_page_break() -> Book:
    b, s = book("部门整体")
    department(s, "栖岩县人民政府外事办公室", [budget(215, 205, 10, 150, 65)],
               "做好涉外安全培训和外宾接待，规范因公出国审批，全年无涉外安全事件。",
               [("涉外安全培训", "出访及涉外人员安全培训", money(25), "培训200人次以上"),
                ("外宾接待保障", "来访外宾团组接待", money(40), "接待12批次以上"),
                ("金额合计", None, money(65), None)])  # fmt: skip
    s.row("部门预算编码：327006", None, None, "金额单位：万元", merge=[(1, 3)])
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    blocks = security_department_rows()
    for i, rows in enumerate(blocks):
        if i in (0, 2):
            if i:
                s.skip()  # page break: the header is printed again
            s.row(*header)
        s.table(rows, merged=(1, 2))
        s.row("小计", None, None, None, sum(r[4] for r in rows), merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("sj15-predeparture-notes-defects", (1, 4, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, percent cells, a 说明 row "
         "between tiers, a stamp line: ≥100% on a pass rate, = on a cost cap, ≥ on an "
         "incident rate")  # fmt: skip
def predeparture_notes_defects() -> Book:
    b, s = book()
    project(s, "出国（境）人员涉外安全行前培训", "澜屿市外办涉外安全管理处",
            one_year(18, 18, 0),
            ["为300名出访人员开展行前安全培训20场，考核合格后方可出访。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "行前安全培训场次", "大于等于", 20, "场"),
        (None, None, "参训出访人员数", "大于等于", 300, "人"),
        (None, "质量指标", "培训考核合格率", "大于等于",
         mk(pct(1), "T106", "error", row=True, note="合格率不能“大于等于100%”"), "%"),
        (None, "时效指标", "出访审批后安排培训时限", "小于等于", 5, "工作日"),
        (None, "成本指标", "人均培训成本",
         mk("等于", "T108", "warning", row=True, note="成本上限写成“等于”"), 500, "元/人"),
    ])  # fmt: skip
    note(s, "说明：以下效益指标按全市年度涉外安全工作统计口径填报。")
    rate = "事故发生率是反向指标，比较符却是“大于等于”"
    s.table([
        ("效益指标", "社会效益指标", "出访人员涉外安全事故发生率",
         mk("大于等于", "T108", "warning", row=True, note=rate), pct(0.01), "%"),
        (None, "可持续影响指标", "涉外安全培训教材更新", "等于", 1, "套"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("（单位盖章）", None, None, "日期：", day(YEAR - 1, 12, 2, CN_DATE))
    return b


@variant("sj16-district-money-wrong", (12,),
         "department, NAT-2021: a share row under the budget with one share not matching its "
         "amount, key tasks not adding up to 金额合计")  # fmt: skip
def district_money_wrong() -> Book:
    b, s = book("部门整体")
    f = "0.00%"
    shares = [pct(1, f), pct(0.9167, f), pct(0.0833, f),
              mk(pct(0.6, f), "B111", "error", note="240 ÷ 360 = 66.67%，不是 60%"),
              pct(0.3333, f)]  # fmt: skip
    total = mk(money(120), "B102", "error", row=True, note="45 + 40 + 30 = 115 ≠ 120")
    department(s, "澜屿市鹭汀区人民政府外事办公室", [budget(360, 330, 30, 240, 120), shares],
               "开展涉外安全培训、外宾接待和涉外翻译服务，全年无涉外安全事件。",
               [("涉外安全培训", "全区涉外人员安全培训", money(45), "培训360人次以上"),
                ("外宾接待", "来访外宾团组接待保障", money(40), "接待20批次以上"),
                ("涉外翻译服务", "外事文件和活动翻译", money(30), "翻译500千字以上"),
                ("金额合计", None, total, None)])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "涉外安全培训人次", "≥360人次"),
        (None, None, "外宾接待批次", "≥20批次"),
        (None, None, "外事文件翻译量", "≥500千字"),
        (None, "质量指标", "译稿审校合格率", "≥98%"),
        (None, "时效指标", "接待方案报批办理时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次"),
        (None, None, "单批次外宾接待成本", "≤1.8万元/批次"),
        ("效益指标", "社会效益指标", "涉外安全事件发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sj17-training-base-two-years", (8, 12),
         "two-year project, NAT-2021, 实施期 and 年度 value columns, annual counts below the "
         "period counts, 年度资金 below 中期资金, distinct goal texts (correct)")  # fmt: skip
def training_base_two_years() -> Book:
    b, s = book()
    project(s, "涉外安全培训基地课程建设", "澜屿市外事培训中心",
            multi_year((120, 100, 20), (70, 60, 10)),
            ["两年内开发涉外安全课程12门、编印案例教材2册，培训涉外工作人员1200人次。",
             "2025年开发课程7门、编印教材1册，培训600人次，首批课程上线。"],
            years=2, attr="新增项目")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "开发涉外安全培训课程数", "≥12门", "≥7门"),
        (None, None, "培训涉外工作人员人次", "≥1200人次", "≥600人次"),
        (None, None, "编印涉外安全案例教材", "≥2册", "≥1册"),
        (None, "质量指标", "课程评审通过率", "≥90%", "≥90%"),
        (None, "时效指标", "课程建设阶段完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤500元/人次", "≤500元/人次"),
        (None, None, "单门课程开发成本", "≤4万元/门", "≤4万元/门"),
        ("效益指标", "社会效益指标", "涉外安全事件发生数", "0起", "0起"),
        (None, "可持续影响指标", "培训基地课程体系", "建成并常态化运行", "首批课程上线"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sj18-newarea-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def newarea_flat_defects() -> Book:
    b, s = book("部门整体", (24, 16, 16, 16, 16, 16))
    department(s, "澜屿市云港新区管理委员会外事办公室", [budget(180, 170, 10, 110, 70)],
               "做好新区涉外安全培训、外宾接待和翻译服务，全年无涉外安全事件。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("涉外安全培训人次",
         mk("≥500人次", "T112", "error", note="值中单位“人次”与计量单位列“场”冲突"),
         "正向", "场", 15),
        ("涉外安全培训班次", "≥10", "正向", "场", 10),
        ("外宾接待批次", "≥15", "正向", "批次", 15),
        ("外事文件翻译差错率",
         mk("≥1%", "T108", "warning", row=True, note="差错率为反向，比较符应为 ≤"),
         "反向", "%", 15),
        ("接待方案审核通过率", "≥95%", "正向", "%", 10),
        ("人均涉外安全培训成本", "≤600", "反向", "元/人次", 10),
        ("服务对象满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 15+10+15+15+10+10+20 = 95，应为 100")
    return b
