"""Forms as offices send them, over both halves of the theme: footnotes and signature lines, a
budget-system export with codes and a repeated header, template rows left empty, other header
words over two rows, a two-year project with a direction column and a transfer-payment
区域绩效目标表 with ★ marks."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import project_head
from tests.variants.holdout505.common import (
    YEAR,
    cash,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout505.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("au13-karst-footnotes", (4,), "project, OLD-NAT, one value column: an instruction row "
         "inside the table, footnotes, 填表说明, signature and date lines (correct)")  # fmt: skip
def au13() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, name="碧峒—岜楼石漠化治理二期项目", dept="磐垭县林业局（417）",
        unit="磐垭县碧峒镇人民政府", money=one_year(420, 380, 40),
        goals=["治理碧峒、岜楼两村石漠化土地2600亩，治理区植被覆盖率提高6个百分点。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", None, None)
    indicators(s, head, [
        ("产出指标", "数量指标", "石漠化治理面积", "≥2600亩"),
        (None, "质量指标", "造林成活率", "≥85%"),
        (None, "时效指标", "造林完成时间", "2025年6月30日前"),
        (None, "成本指标", "石漠化治理亩均成本", "≤1500元/亩"),
    ])  # fmt: skip
    note(s, "（以下效益指标须与年度目标对应，不得填写投入类内容）", 4)
    s.table([
        ("效益指标", "生态效益指标", "治理区植被覆盖率提高", "≥6百分点"),
        (None, "社会效益指标", "带动农户务工增收", "≥180户"),
        ("满意度指标", "服务对象满意度指标", "两村群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注1：石漠化治理面积2600亩 = 碧峒村1500亩 + 岜楼村1100亩。")
    note(s, "注2：亩均成本按二期初步设计概算测算。")
    note(s, "填表说明：1.指标值应写明比较符和计量单位；2.本表一式三份。")
    sign(s, "韦砚秋", "0859-6240315", day(YEAR - 1, 11, 18), head="罗岱峰")
    return b


@variant("au14-mine-system-export", (4, 12), "budget-system export: money on 05-1, indicators "
         "on 05-2 with codes in the first columns, header repeated after a page break, "
         "weight subtotals (correct)")  # fmt: skip
def au14() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 12, 30, 14, 14, 14))
    s.title("部门项目支出预算表", 7)
    s.row("单位：乌崖区自然资源和规划局", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金")
    s.row("208001", "乌崖区自然资源和规划局", "52010825A0031", "锰矿废渣场整治复绿",
          cash(320), cash(300), cash(20))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 12, 14, 30, 18, 8))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位：乌崖区自然资源和规划局", None, None, None, "年度：2025")
    head = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值", "权重")
    code = ("208001", "52010825A0031")
    indicators(t, head, [
        (*code, "产出指标", "数量指标", "废渣场整治面积", "≥95亩", 15),
        (*code, None, None, "覆土量", "≥3.8万立方米", 10),
        (*code, None, "质量指标", "复绿植被成活率", "≥85%", 10),
        (*code, None, "时效指标", "整治工程完工时间", "2025年10月31日前", 5),
        (*code, None, "成本指标", "废渣场整治亩均成本", "≤3万元/亩", 10),
    ], merged=(3, 4))  # fmt: skip
    t.row(None, None, "小计", None, None, None, 50)
    t.ws.row_breaks.append(Break(id=t.r))
    t.row(*head)
    t.table([
        (*code, "效益指标", "生态效益指标", "废渣场植被覆盖率", "≥70%", 15),
        (*code, None, None, "周边地表水锰浓度下降率", "≥30%", 10),
        (*code, None, "社会效益指标", "消除废渣滑塌隐患点", "≥1处", 5),
        (*code, None, "可持续影响指标", "复绿区管护期", "≥3年", 10),
    ], merged=(3, 4))  # fmt: skip
    t.row(None, None, "小计", None, None, None, 40)
    t.table([(*code, "满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", 10)])
    t.row(None, None, "小计", None, None, None, 10)
    t.row(None, None, "合计", None, None, None, 100)
    return b


@variant("au15-karst-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 "
         "labels left from the template, a value without a name")  # fmt: skip
def au15() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, name="石笋河小流域石漠化治理项目", dept="磐垭县水务局（425）",
        unit="磐垭县水土保持站", money=one_year(300, 270, 30),
        goals=["治理石笋河小流域石漠化土地1800亩，新建田间生产便道6公里。"],
    )  # fmt: skip
    left = "a tier-2 row of the template left with no indicator and no value"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标", None, None), [
        ("产出指标", "数量指标", "石漠化治理面积", "≥1800亩"),
        (None, None, "新建田间生产便道", "≥6公里"),
        (None, "质量指标", "造林成活率", "≥85%"),
        (None, "时效指标", "治理工程完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "石漠化治理亩均成本", "≤1500元/亩"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=left), None, None),
        ("效益指标", "生态效益指标", "治理区植被覆盖率提高", "≥6百分点"),
        (None, "社会效益指标", mk(None, "F110", "error",
                                  note="a value ≥200人次 with an empty name cell"), "≥200人次"),
        (None, mk("可持续影响指标", "F109", "warning", row=True, note=left), None, None),
        ("满意度指标", "服务对象满意度指标", "流域群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("au16-mine-content-standard", (7,), "project, OLD-NAT, two-row header 指标内容 · "
         "绩效标准 (比较方式 · 数值 · 单位), operators in words (correct)")  # fmt: skip
def au16() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, name="乌崖区采石场坡面复绿项目", dept="乌崖区自然资源局（208）",
        unit="乌崖区矿山生态修复中心", money=one_year(240, 220, 20),
        goals=["复绿采石场裸露坡面150亩，治理落石隐患点4处。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较方式", "数值", "单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "坡面复绿面积", "大于等于", 150, "亩"),
        (None, None, "落石隐患点治理", "大于等于", 4, "处"),
        (None, "质量指标", "客土喷播覆盖率", "大于等于", pct(0.9), None),
        (None, "时效指标", "复绿工程完工时间", "小于等于", day(YEAR, 10, 15), None),
        (None, "成本指标", "坡面复绿亩均成本", "小于等于", 1.4, "万元/亩"),
        ("效益指标", "生态效益指标", "坡面裸露面积减少", "大于等于", 140, "亩"),
        (None, None, "施工扬尘投诉", "小于等于", 2, "次"),
        (None, "社会效益指标", "受益周边居民", "大于等于", 800, "人"),
        (None, "可持续影响指标", "复绿植被养护期", "大于等于", 2, "年"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "大于等于", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("au17-mine-two-year-direction", (8, 11), "two-year project, NAT-2021, 指标性质 column "
         "as direction (正向/反向), 中期 and 年度 columns: an annual count above "
         "the period count, a 反向 rate with ≥")  # fmt: skip
def au17() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, years=2, name="锑山坪采空区综合治理与复绿工程",
        dept="峒岭市自然资源局（306）", unit="峒岭市矿山生态修复中心", attr="新增项目",
        money=multi_year((900, 800, 100), (500, 450, 50)),
        goals=["两年治理采空塌陷区并复绿600亩，消除塌陷隐患点12处。",
               "2025年复绿采空塌陷区350亩，消除塌陷隐患点7处。"],
    )  # fmt: skip
    over = mk("≥650亩", "D201", "error", note="annual 650亩 above the two-year 600亩")
    dead = mk("反向", "T108", "warning", row=True,
              note="苗木死亡率 is 反向 (declared so) but both values carry ≥")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "采空塌陷区复绿面积", "正向", "≥600亩", over),
        (None, None, "消除塌陷隐患点", "正向", "≥12处", "≥7处"),
        (None, "质量指标", "复绿苗木死亡率", dead, "≥10%", "≥10%"),
        (None, "时效指标", "年度治理任务完成时间", "反向", "2026年11月30日前",
         "2025年11月30日前"),
        ("成本指标", "经济成本指标", "复绿亩均成本", "反向", "≤0.7万元/亩", "≤0.7万元/亩"),
        ("效益指标", "生态效益指标", "矿区扬尘浓度下降率", "正向", "≥20%", "≥10%"),
        (None, "社会效益指标", "受塌陷威胁群众避让", "正向", "≥60户", "≥35户"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("au18-karst-regional-transfer", (5, 12), "transfer-payment 区域绩效目标表: 中央补助 "
         "+ 地方资金, numbered goals, OLD-NAT tiers with ★ marks and abbreviations "
         "(correct)")  # fmt: skip
def au18() -> Book:
    b, s = start()
    s.title("2025年度林业改革发展资金（石漠化综合治理）区域绩效目标表", 6)
    s.row("转移支付名称", "林业改革发展资金", None, "省级主管部门", "省林业局",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("地区", "峒岭市", None, "市级财政部门", "峒岭市财政局", merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "年度金额", cash(1650), "其中：中央补助", cash(1400))
    s.row(None, None, None, "地方资金", cash(250))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：完成石漠化综合治理1.1万亩；目标2：人工造林3000亩；"
          "目标3：治理区群众满意度达到90%以上。", merge=[(2, 6)])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("★产出", "*数量", "★石漠化综合治理面积", "≥1.1万亩"),
        (None, None, "人工造林面积", "≥3000亩"),
        (None, "质量", "造林成活率", "≥85%"),
        (None, "时效", "资金分配下达时限", "收到资金后30日内"),
        (None, "成本", "石漠化治理中央补助标准", "≤1200元/亩"),
        ("效益", "生态效益", "★治理区林草植被覆盖率提高", "≥5百分点"),
        (None, "社会效益", "带动农村劳动力就业", "≥800人次"),
        (None, "可持续影响", "治理成果管护机制", "健全"),
        ("满意度", "服务对象满意度", "★治理区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
