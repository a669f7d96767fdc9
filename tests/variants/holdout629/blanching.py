"""Returns on blanching and processing wild vegetables (焯水、速冻、晾晒): fo07 to fo12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout629.common import header, note, one_year, sign, start, tiers, w
from tests.variants.holdout629.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

DEPT = "柘川县林业和农业农村局（412）"
UNIT = "芒岗村野菜加工合作社"


@variant("fo07-blanching-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）, 1.), "
         "indicator points adding to 100 both ways, a rise in 百分点, 0起 (correct)")  # fmt: skip
def blanching_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="芒岗村野菜焯水加工线建设",
        dept=DEPT,
        unit=UNIT,
        money=one_year(w(70), w(60), w(10)),
        goals=["2025年建成焯水加工线1条，加工蕨菜60吨、荠菜25吨，带动采集户300户。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    tiers(s, [
        ("一、产出指标（50分）", "（一）数量指标", "1.蕨菜焯水加工量", "≥60吨", 10),
        (None, None, "2.荠菜焯水速冻加工量", "≥25吨", 10),
        (None, "（二）质量指标", "3.焯水成品微生物检验合格率", "=100%", 10),
        (None, None, "4.食品安全事故", "0起", 10),
        (None, "（三）时效指标", "5.加工线投产时间", "2025年5月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.单吨焯水加工成本", "≤1800元/吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.加工品占收购量比例", "提高≥8百分点", 10),
        (None, "（二）社会效益指标", "8.带动采集户", "≥300户", 10),
        (None, "（三）生态效益指标", "9.焯水废水处理达标率", pct(0.95), 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.合作采集户满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "邵临川", "0719-6672391", day(2024, 12, 3))
    return b


@variant("fo08-blanching-points-wrong", (10, 12),
         "project, NAT-2021, tier-1 score column and indicator scores: 效益 declares 30 over 20, "
         "a unit cost under 数量, equipment price × count above the money")  # fmt: skip
def blanching_points_wrong() -> Book:
    b, s = start("绩效目标", (14, 8, 16, 30, 18, 10))
    project_head(
        s,
        year=2025,
        name="马齿苋焯水晾晒加工",
        dept=DEPT,
        unit=UNIT,
        money=one_year(w(30), w(26), w(4)),
        goals=["2025年购置焯水漂烫设备8台，加工马齿苋干品40吨，带动采集户150户。"],
    )
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    tiers(s, [
        ("产出指标", 50, "数量指标", "马齿苋焯水晾晒加工量", "≥40吨", 10),
        (None, None, None, "焯水漂烫设备购置", "≥8台", 10),
        (None, None, None, "单批次加工成本",
         mk("≤900元/批", "F201", "warning", row=True, note="成本填在数量指标下"), 10),
        (None, None, "质量指标", "干品抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "加工完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "焯水漂烫设备单价",
         mk("≤4.5万元/台", "B107", "warning", row=True,
            note="8台 × 4.5万元 = 36万元，超过年度资金30万元"), 10),
        ("效益指标", mk(30, "W103", "error", note="其下两个指标共20分"),
         "经济效益指标", "采集户户均增收", "≥1000元", 10),
        (None, None, "社会效益指标", "带动采集户", "≥150户", 10),
        ("满意度指标", 10, "服务对象满意度指标", "采集户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计90，是效益分值不符的结果")
    sign(s, "邵临川", "0719-6672391", day(2024, 12, 3))
    return b


@variant("fo09-blanching-detail-block", (12,),
         "project, NAT-2021, a budget detail block (数量 × 单价 = 金额, 合计) above the table, "
         "header 绩效目标值, a goal total with its parts in brackets (correct)")  # fmt: skip
def blanching_detail_block() -> Book:
    b, s = start()
    project_head(s, year=2025, name="芒岗村蕨菜焯水加工点建设", dept=DEPT, unit=UNIT,
                 money=one_year(w(30), w(24), w(6)),
                 goals=["2025年在芒岗村建设蕨菜焯水加工点1处，购置漂烫设备2套，加工蕨菜、荠菜"
                        "30吨（其中蕨菜20吨、荠菜10吨）。"])  # fmt: skip
    s.row("支出明细", "明细项目", "数量", "单价（万元）", "金额（万元）", "备注")
    top = s.r + 1
    s.table([
        (None, "焯水锅炉及漂烫槽", "2套", money(6.5), money(13), "设备购置"),
        (None, "冷库租赁", "12月", money(0.8), money(9.6), None),
        (None, "包装材料", "1批", money(4.4), money(4.4), None),
        (None, "加工技术培训", "3期", money(1), money(3), None),
        (None, "合计", None, None, money(30), None),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
    header(s, "一级指标", "二级指标", "三级指标", "绩效目标值")
    tiers(s, [
        ("产出指标", "数量指标", "野菜焯水加工量", "≥30吨"),
        (None, None, "漂烫设备购置", "2套"),
        (None, "质量指标", "焯水成品抽检合格率", "≥98%"),
        (None, "时效指标", "加工点建成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "漂烫设备单价", "≤6.5万元/套"),
        (None, None, "冷库租赁单价", "≤0.8万元/月"),
        ("效益指标", "经济效益指标", "加工品销售收入", "≥90万元"),
        (None, "社会效益指标", "带动采集户", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵临川", "0719-6672391", day(2024, 12, 3))
    return b


@variant("fo10-blanching-money-wrong", (12,),
         "project, OLD-NAT, money block and detail lines: 财政拨款 + 其他资金 short of the total, "
         "detail lines short of their 合计")  # fmt: skip
def blanching_money_wrong() -> Book:
    b, s = start()
    money_rows = one_year(mk(w(45), "B101", "error", note="38 + 5 = 43 ≠ 45"), w(38), w(5))
    project_head(s, year=2025, name="雾溪镇荠菜焯水速冻加工", dept=DEPT,
                 unit="雾溪镇野菜产业合作社", money=money_rows,
                 goals=["2025年购置焯水速冻设备3台，加工速冻荠菜50吨。"])  # fmt: skip
    s.row("支出明细", "明细项目", "数量", "单价（万元）", "金额（万元）")
    s.table([
        (None, "焯水速冻设备", "3台", money(5), money(15)),
        (None, "燃料及电费", None, None, money(8)),
        (None, "包装材料", None, None, money(9.5)),
        (None, "加工技术培训", "2期", money(2), money(4)),
        (None, "成品运输", None, None, money(7.5)),
        (None, "合计", None, None,
         mk(money(45), "B102", "error", note="15 + 8 + 9.5 + 4 + 7.5 = 44 ≠ 45")),
    ])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "速冻荠菜加工量", "≥50吨"),
        (None, "质量指标", "速冻成品抽检合格率", "≥98%"),
        (None, "时效指标", "设备安装完成时间", "2025年3月31日前"),
        (None, "成本指标", "焯水速冻设备单价", "≤5万元/台"),
        ("效益指标", "经济效益指标", "加工品销售收入", "≥120万元"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0719-6645820", day(2024, 11, 29))
    return b


@variant("fo11-blanching-notes", (4, 5),
         "project, OLD-NAT, abbreviated tier labels, weight column: an instruction row, subtotal "
         "rows, a header repeated after a page break, a footnote on the total, 填表说明, "
         "signature and date lines (correct)")  # fmt: skip
def blanching_notes() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹊坪乡荠菜焯水冷冻加工",
        dept=DEPT,
        unit="鹊坪乡野菜加工合作社",
        money=one_year(w(50), w(40), w(10)),
        goals=["2025年焯水冷冻加工荠菜20吨，培训加工户80人次，带动就业40人。"],
    )
    cols = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    header(s, *cols)
    note(s, "（请逐项填写三级指标，不得删除已列指标）", 5)
    tiers(s, [
        ("产出", "数量", "荠菜焯水冷冻加工量", "≥20吨", 15),
        (None, None, "加工户技能培训", "≥80人次", 10),
        (None, "质量", "冷冻荠菜抽检合格率", "≥98%", 10),
        (None, "时效", "加工季完成时间", "2025年6月30日前", 5),
        (None, "成本", "单吨加工成本", "≤2000元/吨", 10),
    ])  # fmt: skip
    s.row(None, None, "产出小计", None, 50)
    header(s, *cols)
    tiers(s, [
        ("效益", "经济效益", "加工户户均增收", "≥1500元", 10),
        (None, "社会效益", "带动就业", "≥40人", 10),
        (None, "可持续影响", "冷冻加工设施持续运行", "≥3年", 10),
    ])  # fmt: skip
    s.row(None, None, "效益小计", None, 30)
    tiers(s, [
        ("满意度", "服务对象满意度", "加工户满意度", "≥90%", 10),
        (None, None, "收购商满意度", "≥85%", 10),
    ])  # fmt: skip
    s.row(None, None, "满意度小计", None, 20)
    s.row("合计", None, None, None, 100)
    note(s, "注：项目资金合计50万元，含合作社自筹10万元，列入其他资金。", 5)
    note(s, "填表说明：指标值须量化；权重合计为100。", 5)
    sign(s, "祁望舒", "0719-6645820", day(2024, 12, 5))
    return b


@variant("fo12-blanching-tiers-wrong", (5, 13),
         "project, NAT-2021, labels with * and ★: a 社会效益 tier-2 under 产出, a quality rate "
         "under 时效, a value without a name")  # fmt: skip
def blanching_tiers_wrong() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="石栈村蕨菜焯水加工提升",
        dept=DEPT,
        unit="石栈村野菜加工合作社",
        money=one_year(w(40), w(32), w(8)),
        goals=["2025年焯水加工蕨菜35吨，带动采集户200户。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("*产出指标", "★数量指标", "蕨菜焯水加工量", "≥35吨"),
        (None, "*质量指标", "焯水成品合格率", "≥97%"),
        (None, "*时效指标", "焯水加工完成时间", "2025年7月31日前"),
        (None, None, "焯水漂烫温度达标率",
         mk("≥95%", "F201", "warning", row=True, note="达标率是质量指标，填在时效下")),
        (None, mk("社会效益指标", "F105", "error", note="社会效益指标属效益指标"),
         "带动采集户", "≥200户"),
        ("*成本指标", "经济成本指标", "单吨焯水加工成本", "≤1600元/吨"),
        ("*效益指标", "经济效益指标", "采集户户均增收", "≥900元"),
        ("*满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有指标值没有名称"), "≥85%"),
    ])  # fmt: skip
    sign(s, "邵临川", "0719-6672391", day(2024, 12, 3))
    return b
