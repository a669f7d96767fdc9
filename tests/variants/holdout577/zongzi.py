"""粽子 (zongzi) park returns: do07 to do12, a flat department list and project forms."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout577.common import (
    YEAR,
    book,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout577.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("do07-zongzi-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def zongzi_flat() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="苇塘区粽子食品产业园管理委员会",
        budget=[(w(520), w(430), w(90), w(180), w(340))],
        goal="服务园区粽子企业32家，端午节前后产品抽检合格率保持在98%以上。",
    )
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("服务园区粽子生产企业", 15, "家", "≥", 32),
        ("粽子产品监督抽检批次", 15, "批次", "≥", 400),
        ("粽子产品抽检合格率", 15, "%", "≥", pct(0.98)),
        ("粽叶农残超标批次下降率", 10, "%", "≥", pct(0.1)),
        ("企业审批事项办结时限", 10, "工作日", "≤", 5),
        ("园区粽子年产值比上年增长率", 15, "%", "≥", pct(0.08)),
        ("园区食品安全事故", 10, "起", "=", 0),
        ("入园企业满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "梁望舒", "0771-6638204", day(YEAR - 1, 11, 18))
    return b


@variant("do08-zongzi-artefacts", (9,),
         "project, OLD-NAT, one value column: an HTML tag in the 年度目标, a date pasted as a "
         "5-digit serial, a plan end date outside the one-year project")  # fmt: skip
def zongzi_artefacts() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苇塘区速冻粽子生产线建设补助项目",
                 dept="苇塘区工业和信息化局 520104", unit="苇塘区箬香食品有限公司",
                 money=one_year(400, 320, 80), attr="一次性项目",
                 end=mk(day(YEAR + 1, 3, 31), "Y102", "error", alt=("Y101",),
                        note="一年期项目，计划完成日期却在2026年"),
                 goals=[mk("<p>建成速冻粽子生产线2条，年产能达到3000吨。</p>", "X102", "warning",
                           note="HTML 标签残留")])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "新建速冻粽子生产线", "≥2条"),
        (None, None, "速冻粽子年产能", "≥3000吨"),
        (None, "质量指标", "速冻粽子出厂检验合格率", "≥99%"),
        (None, "时效指标", "生产线投产日期",
         mk("45839", "X104", "warning", note="日期被粘贴成序列号（2025-07-01）")),
        (None, "成本指标", "生产线单条建设补助", "≤180万元/条"),
        ("效益指标", "经济效益指标", "企业新增销售收入", "≥2500万元"),
        (None, "社会效益指标", "新增就业岗位", "≥60个"),
        ("满意度指标", "服务对象满意度指标", "企业对补助兑付满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("do09-zongzi-duplicates", (2, 12),
         "project, OLD-NAT, one value column: two names for one cold-chain count with other "
         "values, the 年度目标 farmer count against its indicator")  # fmt: skip
def zongzi_duplicates() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="苇塘区粽子冷链配送体系建设项目",
        dept="苇塘区商务局 520111",
        unit="苇塘区粽子食品产业园管理委员会",
        money=one_year(240, 200, 40),
        goals=["建设冷链配送网点30个，带动粽叶、糯米种植户800户参与订单生产。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "速冻粽子冷链配送网点", "≥30个"),
        (None, None, "冷藏配送车辆", "≥12辆"),
        (None, None, mk("冷链配送网点数量", "D103", "warning", row=True, alt=("D102",),
                        note="与“速冻粽子冷链配送网点 ≥30个”是同一指标，值却是≥25个"),
         "≥25个"),
        (None, "质量指标", "配送途中温控达标率", "≥98%"),
        (None, "时效指标", "节前配送响应时限", "≤24小时"),
        (None, "成本指标", "单个配送网点建设费用", "≤5万元/个"),
        ("效益指标", "经济效益指标",
         mk("带动订单种植户", "D104", "warning", row=True,
            note="年度目标写800户，指标却是≥600户"), "≥600户"),
        (None, "社会效益指标", "节日期间粽子断供投诉", "≤3件"),
        ("满意度指标", "服务对象满意度指标", "配送网点经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("do10-zongzi-two-year", (8,),
         "two-year project 2025-2026, NAT-2021, 中期 and 年度 columns with a unit column: annual "
         "counts below period counts, equal rates, the 中期目标 naming 2026 (correct)")  # fmt: skip
def zongzi_two_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="苇塘区粽叶种植基地提质扩面项目",
        dept="苇塘区农业农村局 520106",
        unit="苇塘区粽子食品产业园管理委员会",
        money=multi_year((600, 500, 100), (320, 260, 60)),
        attr="新增项目",
        goals=[
            "到2026年新建标准化粽叶基地3000亩，带动农户500户，粽叶自给率达到60%。",
            "2025年新建标准化粽叶基地1600亩，带动农户260户，粽叶自给率达到45%。",
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "新建标准化粽叶基地", "≥3000", "≥1600", "亩"),
        (None, None, "带动种植农户", "≥500", "≥260", "户"),
        (None, "质量指标", "粽叶农残抽检合格率", "≥98", "≥98", "%"),
        (None, "时效指标", "基地建设完成时间", "2026年10月31日前", "2025年10月31日前",
         "日期"),
        ("成本指标", "经济成本指标", "基地建设补助标准", "≤1800", "≤1800", "元/亩"),
        ("效益指标", "经济效益指标", "园区粽叶自给率", "≥60", "≥45", "%"),
        (None, "生态效益指标", "基地化肥使用量增长率", "≤0", "≤0", "%"),
        ("满意度指标", "服务对象满意度指标", "种植农户满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("do11-zongzi-word-operators", (11, 1),
         "project, OLD-NAT, operator column in words and a unit column: a 反向 rate with "
         "大于等于, a typed percent above 100, a title year other than the plan year")  # fmt: skip
def zongzi_word_operators() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="苇塘区粽子质量安全追溯平台运维项目",
        dept="苇塘区市场监督管理局 520118",
        unit="苇塘区食品检验检测所",
        money=one_year(85, 85, 0),
        title=mk(
            "2024年度项目支出绩效目标申报表",
            "Y101",
            "error",
            note="标题年度2024，计划日期和指标均为2025年",
        ),
        goals=["保障平台全年稳定运行，园区粽子生产企业赋码追溯全覆盖。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "接入追溯平台粽子企业", "大于等于", 28, "家"),
        (None, None, "赋码追溯粽子产品批次", "大于等于", 5000, "批次"),
        (None, "质量指标", "追溯信息抽查准确率", "大于等于",
         mk(pct(1.05), "T106", "error", note="显示105%，准确率不能超过100%"), "%"),
        (None, None, "平台故障导致的数据丢失率",
         mk("大于等于", "T108", "warning", row=True, note="丢失率是反向指标"), 1, "%"),
        (None, "时效指标", "故障响应时间", "小于等于", 2, "小时"),
        (None, "成本指标", "平台年度运维费用", "小于等于", 85, "万元"),
        ("效益指标", "社会效益指标", "消费者扫码查询次数比上年增长率", "大于等于", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "接入企业满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("do12-zongzi-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row between tiers, a footnote explaining "
         "a total, 填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def zongzi_notes() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="苇塘区端午粽子文化节暨产销对接活动项目",
        dept="苇塘区文化和旅游局 520125",
        unit="苇塘区粽子食品产业园管理委员会",
        money=one_year(60, 50, 10),
        goals=["举办粽子文化节1届、产销对接会3场，签约采购金额不低于1500万元。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "举办粽子文化节", "=1届"),
        (None, None, "产销对接会", "≥3场"),
        (None, "质量指标", "活动安全事故", "=0起"),
        (None, "时效指标", "文化节举办时间", "2025年5月31日前"),
        (None, "成本指标", "产销对接会单场费用", "≤6万元/场"),
    ])  # fmt: skip
    s.row("说明：以下效益指标在活动结束后30日内统计，签约额以合同为准。", merge=[(1, 4)])
    indicators(s, [
        ("效益指标", "经济效益指标", "签约采购金额", "≥1500万元"),
        (None, "社会效益指标", "参与活动群众", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：签约采购金额为园区内粽子、粽叶、糯米三类企业签约额合计。",
          "填表说明：指标值应为可考核的数值；活动时间以区政府批复为准。")  # fmt: skip
    sign(s, "黎箬生", "0771-6630417", day(YEAR - 1, 12, 12))
    return b
