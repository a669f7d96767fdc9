"""Bullfrog (牛蛙) pond returns, ek01–ek06: pond conversion, tail-water treatment, a frog
industry park over three years; three correct, three with planted mistakes."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout599.common import (
    AGRI,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    two_cols,
    wan,
)
from tests.variants.holdout599.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")


@variant("ek01-frog-pond-percent", (1, 11, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells, "
         "万元 in the number format, a 下降率 with ≥ and 0起 (correct)")  # fmt: skip
def frog_pond_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="牛蛙养殖池标准化改造项目", dept=AGRI,
                 unit="萍川县水产技术推广站", money=one_year(60, 50, 10),
                 goals=["完成鹭洲镇、柘塘乡牛蛙养殖池标准化改造120亩（鹭洲镇80亩、柘塘乡40亩），"
                        "配套尾水处理设施6处，培训养殖户150人次，尾水达标排放。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "牛蛙养殖池标准化改造面积", "≥", 120, "亩"),
        (None, None, "尾水处理设施建设数量", "≥", 6, "处"),
        (None, None, "养殖户技术培训", "≥", 150, "人次"),
        (None, "质量指标", "改造池塘验收合格率", "≥", pct(0.95), "%"),
        (None, None, "尾水达标排放率", "=", pct(1), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "池塘改造补助标准", "≤", 0.4, "万元/亩"),
        (None, None, "尾水处理设施补助标准", "≤", 2, "万元/处"),
        ("效益指标", "经济效益指标", "改造池塘亩均增收", "≥", 2000, "元/亩"),
        (None, "生态效益指标", "养殖尾水氨氮浓度下降率", "≥", pct(0.15), "%"),
        (None, "社会效益指标", "水产品质量安全事件", "=", 0, "起"),
        (None, "可持续影响指标", "标准化养殖技术推广养殖户", "≥", 60, "户"),
        ("满意度指标", "服务对象满意度指标", "参与改造养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：补助标准 0.4万元/亩×120亩＋2万元/处×6处＝60万元，与资金总额一致。")
    sign(s, "韦晓岚", "0739-6612408")
    return b


@variant("ek02-frog-goal-mismatch", (7, 12),
         "project, NAT-2021, headers 指标内容 and 绩效标准 with a 备注 column: total not "
         "the sum of its sources, goal area against the indicator, a deadline left from "
         "last season")  # fmt: skip
def frog_goal_mismatch() -> Book:
    b, s = book()
    total = mk(money(80), "B101", "error", note="财政拨款 60 + 其他资金 15 = 75, not 80")
    project_head(s, year=YEAR, name="牛蛙标准化养殖池建设项目", dept=AGRI,
                 unit="萍川县鹭洲镇农业综合服务中心", money=one_year(total, 60, 15),
                 goals=["建设牛蛙标准化养殖池150亩，新建种蛙越冬棚2座，培训养殖户200人次，"
                        "工程于2025年10月底前完工。"])  # fmt: skip
    area = mk("≥100亩", "D104", "warning", row=True,
              note="the 年度绩效目标 builds 150亩; the indicator gives 100亩")  # fmt: skip
    late = mk(
        "2024年10月31日前",
        "Y102",
        "error",
        alt=("Y103", "D104"),
        note="a deadline from last season in a 2025 return; the goal says 2025年10月底",
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "标准化养殖池建设面积", area, None),
        (None, None, "种蛙越冬棚建设数量", "≥2座", None),
        (None, None, "养殖户技术培训", "≥200人次", "分两期"),
        (None, "质量指标", "养殖池工程验收合格率", "100%", None),
        (None, "时效指标", "工程完工时间", late, None),
        ("成本指标", "经济成本指标", "养殖池建设补助标准", "≤0.5万元/亩", None),
        ("效益指标", "经济效益指标", "带动养殖户增收", "≥1500元/户", None),
        (None, "生态效益指标", "养殖尾水循环利用率", "≥60%", None),
        (None, "可持续影响指标", "标准化池塘稳定使用年限", "≥10年", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "覃柏舟", "0739-6618025")
    return b


def _stacked(s: Sheet, title: str | None, name: str, amounts: tuple[int, int, int],
             goal: str, rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=AGRI, unit="萍川县水产技术推广站",
                 money=one_year(*amounts), goals=[goal], title=title)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)


@variant("ek03-frog-stacked", (2,),
         "two bullfrog projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each (correct)")  # fmt: skip
def frog_stacked() -> Book:
    b, s = book("绩效目标表")
    _stacked(s, None, "牛蛙种苗繁育补助项目", (30, 25, 5),
             "繁育牛蛙优质蝌蚪800万尾，向全县养殖户供苗，培训繁育技术员20人。", [
        ("产出指标", "数量指标", "优质蝌蚪繁育数量", "≥800万尾"),
        (None, None, "繁育技术员培训", "≥20人"),
        (None, "质量指标", "蝌蚪变态成活率", "≥75%"),
        (None, "时效指标", "春季供苗完成时间", "2025年5月31日前"),
        (None, "成本指标", "蝌蚪繁育补助标准", "≤0.03元/尾"),
        ("效益指标", "经济效益指标", "供苗养殖户亩均节本", "≥300元/亩"),
        (None, "可持续影响指标", "本地种苗自给率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    _stacked(s, "", "牛蛙养殖尾水治理项目", (45, 45, 0),
             "建设尾水三池两坝处理设施9处，覆盖牛蛙养殖池塘300亩，尾水达标排放。", [
        ("产出指标", "数量指标", "尾水处理设施建设数量", "≥9处"),
        (None, None, "覆盖养殖池塘面积", "≥300亩"),
        (None, "质量指标", "尾水达标排放率", "≥95%"),
        (None, "时效指标", "设施投入运行时间", "2025年9月30日前"),
        (None, "成本指标", "单处设施建设补助", "≤5万元/处"),
        ("效益指标", "生态效益指标", "尾水总磷浓度下降率", "≥20%"),
        (None, "社会效益指标", "周边水体投诉件数", "≤2件"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("ek04-frog-stacked-defects", (2,),
         "two bullfrog projects stacked, OLD-NAT, one value column: in the second a quality rate "
         "under 时效指标 and one count given twice with different values")  # fmt: skip
def frog_stacked_defects() -> Book:
    b, s = book("绩效目标表")
    _stacked(s, None, "牛蛙病害防控项目", (24, 24, 0),
             "开展牛蛙红腿病、白内障病防控，巡塘诊断服务600户次，发放防控手册1200册。", [
        ("产出指标", "数量指标", "巡塘诊断服务", "≥600户次"),
        (None, None, "防控技术手册发放", "≥1200册"),
        (None, "质量指标", "病害确诊准确率", "≥90%"),
        (None, "时效指标", "病害报告响应时间", "≤48小时"),
        (None, "成本指标", "巡塘诊断服务补助", "≤300元/户次"),
        ("效益指标", "经济效益指标", "病害损失减少", "≥80万元"),
        (None, "社会效益指标", "带动养殖户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    late = mk("尾水检测合格率", "F201", "warning", row=True,
              note="a quality rate under 时效指标")  # fmt: skip
    twice = mk("≥4次", "D102", "error", row=True, alt=("D101", "D103"),
               note="池塘尾水抽检次数 already given above as ≥12次")  # fmt: skip
    _stacked(s, "", "牛蛙养殖尾水监测项目", (18, 15, 3),
             "对柘塘乡牛蛙养殖池塘尾水按月抽检，全年抽检12次，建立尾水监测台账。", [
        ("产出指标", "数量指标", "池塘尾水抽检次数", "≥12次"),
        (None, None, "监测台账建立", "≥1套"),
        (None, None, "池塘尾水抽检次数", twice),
        (None, "质量指标", "检测报告规范率", "≥95%"),
        (None, "时效指标", late, "≥95%"),
        (None, None, "月度抽检按时完成率", "≥95%"),
        (None, "成本指标", "单次抽检费用", "≤1.5万元/次"),
        ("效益指标", "生态效益指标", "尾水超标排放池塘数下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "ek05-frog-flat-list",
    (1, 3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, a 发生率 with ≤ and a 下降率 with ≥, weights add to 100 (correct)",
)
def frog_flat_list() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="萍川县牛蛙产业服务中心",
                    budget=[[wan(260), wan(240), wan(20), wan(150), wan(110)]],
                    goal="改造牛蛙养殖池120亩，建设尾水处理设施6处，培训养殖户200人次。",
                    tasks=[("养殖池改造", "标准化改造养殖池120亩", wan(70), "改造池塘验收合格"),
                           ("尾水治理", "建设尾水处理设施6处", wan(40), "尾水达标排放"),
                           ("金额合计", None, wan(110), None)])  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.table([
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        ("牛蛙养殖池改造面积", 20, "亩", "≥", 120),
        ("尾水处理设施建设数量", 15, "处", "≥", 6),
        ("养殖户技术培训", 15, "人次", "≥", 200),
        ("尾水达标排放率", 15, "%", "≥", pct(0.95)),
        ("养殖尾水总磷浓度下降率", 10, "%", "≥", pct(0.1)),
        ("牛蛙病害发生率", 10, "%", "≤", pct(0.05)),
        ("养殖户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "莫青禾", "0739-6625117")
    return b


@variant("ek06-frog-park-three-years", (8,),
         "three-year bullfrog industry park, NAT-2021, 中期 and 年度 value columns: a year's area "
         "above the period's, a count and the 中期目标 copied into the 年度 column")  # fmt: skip
def frog_park_three_years() -> Book:
    b, s = book()
    text = "建成牛蛙标准化养殖示范园，改造池塘300亩，建设种蛙繁育基地3个，培训养殖户600人次。"
    project_head(s, year=YEAR, years=3, name="萍川县牛蛙产业示范园建设项目", dept=AGRI,
                 unit="萍川县水产技术推广站", attr="新增项目",
                 money=two_cols((600, 540, 60), (200, 180, 20)),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标 copied from the three-year 中期目标")])  # fmt: skip
    area = ok(mk("≥350亩", "D201", "error", note="the year's 350亩 exceeds the period's 300亩"))
    bases = mk("≥3个", "D202", "warning", note="the period's cumulative count copied")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "标准化池塘改造面积", "≥300亩", area),
        (None, None, "种蛙繁育基地建设", "≥3个", bases),
        (None, None, "养殖户技术培训", "≥600人次", ok("≥200人次")),
        (None, "质量指标", "改造池塘验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "池塘改造补助标准", "≤0.5万元/亩", "≤0.5万元/亩"),
        ("效益指标", "经济效益指标", "示范园牛蛙年产值", "≥3000万元", "≥800万元"),
        (None, "生态效益指标", "尾水达标排放率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "入园养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
