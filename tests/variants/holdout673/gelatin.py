"""A donkey-hide gelatin (阿胶) workshop: hides, boiling batches, breeding sows (hg07–hg12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout673.common import indicators, notes, one_year, start, two_columns, w
from tests.variants.holdout673.registry import variant
from tests.variants.kit import Book, mk, ok, pct

DEPT = "蒙溪县工业和信息化局 309"
UNIT = "蒙溪县古法阿胶工坊"
H_ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("hg07-gelatin-system-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 with the header on the third row, project code and name in "
         "the first columns, header 绩效目标值 (correct)")  # fmt: skip
def hg07() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("530426260001", "古法阿胶熬制工坊提升", w(85), w(70), w(15))
    s.row("合计", None, w(85), w(70), w(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 28, 16, 10))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位名称：蒙溪县古法阿胶工坊", None, None, None, "预算年度：2026")
    code, name = "530426260001", "古法阿胶熬制工坊提升"
    rows = [
        ("产出指标", "数量指标", "熬胶批次", "≥24批次"),
        (None, None, "驴皮收购量", "≥1.2万张"),
        (None, "质量指标", "成品检验合格率", pct(1)),
        (None, None, "出胶率", pct(0.68)),
        (None, "时效指标", "工坊改造完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每批次熬制成本", "≤2.5万元/批次"),
        ("效益指标", "经济效益指标", "工坊年销售收入", "≥300万元"),
        (None, "社会效益指标", "带动就业人数", "≥35人"),
        (None, "生态效益指标", "熬胶废渣无害化处理率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "合作养驴户满意度", "≥90%"),
    ]
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值"),
               [(code, name, *r) for r in rows], merged=(3, 4))  # fmt: skip
    return b


@variant("hg08-hide-purchase-money", (12,),
         "project, OLD-NAT, a detail block of spending lines under the money rows: lines short "
         "of their 合计, a unit cost times the count above the year's money, a hide count other "
         "than the goal's")  # fmt: skip
def hg08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="驴皮收购与熬胶原料储备",
        dept=DEPT,
        unit=UNIT,
        money=one_year(120, 100, 20),
        goals=["收购本地驴皮2万张，储备熬胶辅料，检修熬胶锅炉，培训熬胶工12人。"],
    )
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    s.row(None, "驴皮收购", w(70), "按收购计划", merge=[(4, 6)])
    s.row(None, "熬胶辅料", w(18), "黄酒、冰糖、豆油", merge=[(4, 6)])
    s.row(None, "设备检修", w(12), "锅炉与切胶机", merge=[(4, 6)])
    s.row(None, "人员培训", w(8), "12人", merge=[(4, 6)])
    s.row(None, "合计", w(mk(120, "B102", "error", alt=("B101",),
                                note="70 + 18 + 12 + 8 = 108 ≠ 120")), merge=[(4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r, end_column=1)
    indicators(s, H_ONE, [
        ("产出指标", "数量指标", mk("驴皮收购量", "D104", "warning", row=True,
                                    note="年度目标写收购驴皮2万张"), "≥1.5万张"),
        (None, None, "培训熬胶工人数", "≥12人"),
        (None, "质量指标", "驴皮验收合格率", "≥98%"),
        (None, "时效指标", "原料入库完成时间", "2026年6月30日前"),
        (None, "成本指标", mk("每张驴皮收购成本", "B107", "warning", row=True,
                               note="90元 × 1.5万张 = 135万元，超过年度资金120万元"),
         "≤90元/张"),
        ("效益指标", "经济效益指标", "原料保障熬胶批次", "≥20批次"),
        ("满意度指标", "服务对象满意度指标", "售皮农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hg09-gelatin-leftovers", (6,),
         "project, OLD-NAT, one value column: a template's example row left in, a deadline in "
         "the year before, last season's year in the 年度目标")  # fmt: skip
def hg09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="阿胶工坊质量追溯体系建设",
        dept=DEPT,
        unit=UNIT,
        money=one_year(30, 30, 0),
        goals=[
            mk(
                "2025年度建成阿胶块一物一码追溯系统，覆盖熬胶批次20批。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="2026年的表，年度目标仍写2025年度",
            )
        ],
    )
    indicators(s, H_ONE, [
        ("产出指标", "数量指标", "追溯覆盖熬胶批次", "≥20批"),
        (None, None, mk("示例：XX指标", "X101", "error", row=True,
                        note="模板的示例行未删除"), "≥XX"),
        (None, "质量指标", "追溯信息完整率", "≥98%"),
        (None, "时效指标", "追溯系统上线时间",
         mk("2025年12月31日前", "Y102", "error", row=True, note="项目期为2026年")),
        (None, "成本指标", "系统建设费用", "≤30万元"),
        ("效益指标", "社会效益指标", "消费者扫码查询次数", "≥5000次"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hg10-breeding-sows-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates and unit costs equal in both, costs within their money (correct)")  # fmt: skip
def hg10() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="阿胶原料能繁母驴扩群", attr="新增项目",
                 dept=DEPT, unit="蒙溪县畜牧兽医中心",
                 money=two_columns((240, 200, 40), (80, 65, 15)),
                 goals=["三年扶持养驴户扩群能繁母驴900头，年供驴皮能力达到0.6万张。",
                        "2026年扶持能繁母驴300头，建驴舍示范点4个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "扶持能繁母驴头数", "≥900头", "≥300头"),
        (None, None, "驴舍示范点个数", "≥12个", "≥4个"),
        (None, "质量指标", "母驴年产驹率", pct(0.75), pct(0.75)),
        (None, "时效指标", "补助资金拨付及时率", pct(0.95), pct(0.95)),
        ("成本指标", "经济成本指标", "每头能繁母驴补助", "≤0.2万元/头", "≤0.2万元/头"),
        ("效益指标", "经济效益指标", "年供驴皮能力", "≥0.6万张", "≥0.2万张"),
        (None, "可持续影响指标", "扩群母驴留存年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "养驴户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant("hg11-gelatin-short-labels", (1, 5),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 质量…), typed percent cells: "
         "one pass rate given twice with different values, a cost under 数量")  # fmt: skip
def hg11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="阿胶块切制包装线改造",
        dept=DEPT,
        unit=UNIT,
        money=one_year(55, 45, 10),
        goals=["改造切胶包装线1条，年切制阿胶块40吨，成品抽检合格率98%以上。"],
    )
    indicators(s, ("一级", "二级", "三级指标", "指标值", "单位"), [
        ("产出", "数量", "改造切胶包装线条数", "≥1", "条"),
        (None, None, "年切制阿胶块产量", "≥40", "吨"),
        (None, None, mk("每公斤切制燃气成本", "F201", "warning", row=True,
                        note="成本写在数量下，本表另有成本"), "≤1.8", "元/公斤"),
        (None, "质量", "成品阿胶块抽检合格率", pct(0.98), "%"),
        (None, None, "包装破损率", pct(0.005, "0.0%"), "%"),
        (None, None, mk("阿胶块成品抽检合格率", "D102", "error", row=True,
                        alt=("D103", "D101"), note="与上两行同一指标，值 95% / 98%"),
         pct(0.95), "%"),
        (None, "时效", "包装线改造完成时间", "2026年8月31日前", None),
        (None, "成本", "包装线改造费用", "≤55", "万元"),
        ("效益", "经济效益", "包装线年节约人工费用", "≥12", "万元"),
        ("满意度", "服务对象满意度", "经销商满意度", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("hg12-gelatin-second-sheet", (7, 10),
         "project, NAT-2021: head on 基本信息, indicator table on a second sheet under a "
         "two-row header 预期实现值 (比较符 · 数值 · 单位), a 百分点 rise (correct)")  # fmt: skip
def hg12() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=2026,
        name="古法熬胶出胶率提升",
        dept=DEPT,
        unit=UNIT,
        money=one_year(26, 20, 6),
        goals=["改进化皮与提沫工艺，出胶率提高2个百分点，熬胶耗时缩短10%。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 10, 12, 12))
    t.row("一级指标", "二级指标", "三级指标", "预期实现值", None, None, merge=[(4, 6)])
    indicators(t, (None, None, None, "比较符", "数值", "单位"), [
        ("产出指标", "数量指标", "工艺改进试验批次", "≥", 12, "批次"),
        (None, "质量指标", "出胶率提高", "≥", 2, "百分点"),
        (None, None, "成品检验合格率", "=", pct(1), "%"),
        (None, "时效指标", "工艺定型完成时间", "≤", "2026年10月31日", None),
        ("成本指标", "经济成本指标", "每批次试验成本", "≤", 1.5, "万元/批次"),
        ("效益指标", "经济效益指标", "熬胶耗时缩短率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "工坊熬胶工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(t, ok("注：出胶率为出胶量占驴皮干重之比，2025年为66%。", "warning",
                note="基线年份，不是冲突"))  # fmt: skip
    return b
