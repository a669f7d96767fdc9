"""Project tables with 中期 (实施期) and 年度 columns pasted from Word and PDF (nv09–nv12)."""
# ruff: noqa: E501  (rows of CJK text are kept one indicator a line, as the tables read)

from __future__ import annotations

from tests.variants.holdout168.common import fw, project_head, sheet, tail, two, w
from tests.variants.holdout168.registry import variant
from tests.variants.kit import Book, mk


@variant("nv09-multi-year-two-row-fullwidth", (8, 9),
         "three-year project, NAT-2021, 中期 and 年度 columns, each indicator over two physical "
         "rows with both values on the second, full-width digits")  # fmt: skip
def nv09() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 28, 20, 20, 12))
    project_head(s, col=1, width=6, year=2026, years=3, name="青岚市城市口袋公园建设",
                 dept="青岚市园林绿化局", unit="青岚市园林建设服务中心", attr="新增项目",
                 money_rows=[("中期资金总额", w(1500), "年度资金总额", w(600)),
                             ("其中：财政拨款", w(1200), "其中：财政拨款", w(480)),
                             ("其他资金", w(300), "其他资金", w(120))],
                 goals=["2026—2028年新建口袋公园30个，新增绿地面积60000平方米，"
                        "公园绿地服务半径覆盖率达到90%以上。",
                        "2026年新建口袋公园12个，新增绿地面积24000平方米。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            *two("产出指标", "数量指标", "新建口袋\n公园", fw("≥30个"), fw("≥12个")),
            *two(None, None, "新增绿地\n面积", fw("≥60000平方米"), fw("≥24000平方米")),
            *two(None, "质量指标", "工程验收\n合格率", fw("100%"), fw("100%")),
            *two(
                None,
                "时效指标",
                "建设任务\n完成时间",
                fw("2028年11月30日前"),
                fw("2026年11月30日前"),
            ),
            *two(
                "成本指标",
                "经济成本指标",
                "单个口袋公园平均\n建设成本",
                fw("≤50万元/个"),
                fw("≤50万元/个"),
            ),
            *two("效益指标", "社会效益指标", "公园绿地服务半径\n覆盖率", fw("≥90%"), fw("≥85%")),
            *two(None, "可持续影响指标", "口袋公园管护\n机制", "健全", "健全"),
            *two("满意度指标", "服务对象满意度指标", "周边居民\n满意度", fw("≥90%"), fw("≥90%")),
        ],
        merged=(1, 2),
    )
    tail(s, 1, 2026, "许明轩", "0711-5529037")
    return b


@variant("nv10-multi-year-shifted-explain-unit", (7, 8),
         "two-year project, NAT-2021, the table two empty columns to the right, a 指标解释 column, "
         "中期 and 年度 values with the operator inside and the unit in 计量单位, line breaks in "
         "names")  # fmt: skip
def nv10() -> Book:
    b = Book()
    c = 3
    s = sheet(b, "Sheet1", c, (14, 16, 24, 28, 12, 12, 12))
    project_head(s, col=c, width=7, year=2026, years=2, name="白鹭湾区退役军人职业技能培训",
                 dept="白鹭湾区退役军人事务局", unit="白鹭湾区退役军人服务中心", attr="新增项目",
                 money_rows=[("中期资金总额", w(320), "年度资金总额", w(150)),
                             ("其中：财政拨款", w(300), "其中：财政拨款", w(140)),
                             ("其他资金", w(20), "其他资金", w(10))],
                 goals=["2026—2027年为1200名退役军人提供职业技能培训，培训后就业率不低于70%。",
                        "2026年为550名退役军人提供职业技能培训，开设培训专业8个。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标解释", "中期指标值", "年度指标值", "计量单位",
          col=c)  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "职业技能培训\n人数", "参加培训的退役军人人数", "≥1200", "≥550", "人"),
            (None, None, "开设培训专业", "开设的培训专业（工种）个数", "≥12", "≥8", "个"),
            (None, "质量指标", "培训合格率", "取得结业证书人数÷参训人数×100%", "≥90", "≥90", "%"),
            (None, None, "职业技能等级\n证书获取率", "取得等级证书人数÷参训人数×100%", "≥60", "≥60", "%"),
            (None, "时效指标", "培训补贴发放\n及时率", "按时发放的补贴笔数÷应发放笔数×100%", "≥95", "≥95", "%"),
            ("成本指标", "经济成本指标", "人均培训成本", "培训经费÷参训人数", "≤2500", "≤2500", "元/人"),
            ("效益指标", "社会效益指标", "培训后就业率", "培训后半年内就业人数÷结业人数×100%", "≥70", "≥70", "%"),
            (None, "可持续影响指标", "校企合作\n培训基地", "签订合作协议的实训基地个数", "≥6", "≥3", "个"),
            ("满意度指标", "服务对象满意度指标", "参训人员\n满意度", "问卷调查满意人数÷调查人数×100%", "≥90", "≥90", "%"),
        ],
        merged=(1, 2),
        col=c,
    )  # fmt: skip
    tail(s, c, 2026, "曹静怡", "0725-6638104")
    return b


@variant("nv11-multi-year-fullwidth-wrong", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns, full-width digits, line breaks: the "
         "中期 money does not add up and the annual 公里 exceed the 中期 公里")  # fmt: skip
def nv11() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 28, 20, 20, 12))
    project_head(s, col=1, width=6, year=2026, years=3, name="苇塘县农村供水管网延伸工程",
                 dept="苇塘县水利局", unit="苇塘县农村供水管理站", attr="新增项目",
                 money_rows=[("中期资金总额", mk(w(2400), "B101", "error", note="2000 + 300 = 2300"),
                              "年度资金总额", w(900)),
                             ("其中：财政拨款", w(2000), "其中：财政拨款", w(800)),
                             ("其他资金", w(300), "其他资金", w(100))],
                 goals=["2026—2028年延伸农村供水管网，新增受益人口36000人，农村自来水普及率达到"
                        "98%以上。",
                        "2026年新增受益人口12000人，农村自来水普及率达到96%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建改造\n供水管网", fw("≥40公里"),
             mk(fw("≥45公里"), "D201", "error", note="annual 45 above the 中期 40")),
            (None, None, "新增受益\n人口", fw("≥36000人"), fw("≥12000人")),
            (None, "质量指标", "管网末梢水压\n合格率", fw("≥95%"), fw("≥95%")),
            (None, "时效指标", "工程完工时间", fw("2028年10月31日前"), fw("2026年10月31日前")),
            ("成本指标", "经济成本指标", "每公里管网\n建设成本", fw("≤18万元/公里"), fw("≤18万元/公里")),
            ("效益指标", "社会效益指标", "农村自来水\n普及率", fw("≥98%"), fw("≥96%")),
            (None, "可持续影响指标", "供水工程运行\n管护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "受益群众\n满意度", fw("≥90%"), fw("≥90%")),
        ],
        merged=(1, 2),
    )  # fmt: skip
    tail(s, 1, 2026, "彭浩然", "0717-3305286")
    return b


@variant("nv12-one-year-equal-columns-fullwidth", (8, 9),
         "one-year project, NAT-2021, 实施期 and 年度 columns legitimately equal, values written "
         "＞＝ / ＜＝ with full-width digits, a 填报人 block")  # fmt: skip
def nv12() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (14, 16, 30, 20, 20, 12))
    goal = "完成20个老旧小区适老化改造，加装楼道扶手1500米，改善老年居民居家出行条件。"
    project_head(s, col=1, width=6, year=2026, years=1, name="枫港区老旧小区适老化改造",
                 dept="枫港区住房和城乡建设局", unit="枫港区老旧小区改造服务中心", attr="一次性项目",
                 money_rows=[("实施期资金总额", w(180), "年度资金总额", w(180)),
                             ("其中：财政拨款", w(160), "其中：财政拨款", w(160)),
                             ("其他资金", w(20), "其他资金", w(20))],
                 goals=[goal, goal])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "完成适老化改造小区", "＞＝20个"),
        (None, None, "加装楼道扶手", "＞＝1500米"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单个小区平均改造成本", "＜＝9万元/个"),
        ("效益指标", "社会效益指标", "居家出行安全隐患整改率", "＞＝95%"),
        (None, "可持续影响指标", "适老化设施管护责任落实率", "＞＝95%"),
        ("满意度指标", "服务对象满意度指标", "小区老年居民满意度", "＞＝92%"),
    ]
    s.table([(*r[:3], fw(r[3]), fw(r[3])) for r in rows], merged=(1, 2))
    tail(s, 1, 2026, "邓雅琪", "0739-2264817")
    return b
