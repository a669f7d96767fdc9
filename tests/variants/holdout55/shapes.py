"""Correct returns in shapes that are hard to read: frozen panes with a print area and hidden
helper columns, names with brackets and slashes, tier-2 labels with the tier-1 as a section
row, values such as 100%（全覆盖）, ≥3项/年, 1次/季度, ＞0, ≤5‰, a flat department list with a
spacer column, two projects stacked from column B."""

from __future__ import annotations

from openpyxl.styles import Alignment

from tests.variants.holdout55 import common
from tests.variants.holdout55.registry import variant
from tests.variants.kit import CN_DATE, Book, day, money, ok, pct


@variant(
    "jm07-frozen-hidden",
    (4, 7),
    "department, NAT-2021: frozen panes under the header, a "
    "print area, two hidden helper columns (指标编码, dropdown key) right of the table",
)
def jm07() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", widths=(14, 16, 30, 12, 12, 16, 10, 22))
    common.department(s, year=2026, dept="澄川市市场监督管理局",
                      budget=[money(2316.4), money(2246.4), money(70), money(1596.4),
                              money(720)],
                      tasks=[("食品安全抽检", "组织食品安全监督抽检和风险监测", money(310),
                              "完成监督抽检4200批次"),
                             ("特种设备安全监察", "开展电梯、锅炉等特种设备监督检查",
                              money(180), "监督检查1600台次"),
                             ("计量检定能力提升", "更新计量标准装置，开展强制检定", money(130),
                              "强制检定12000台件"),
                             ("消费维权", "运行12315热线，处理消费投诉举报", money(100),
                              "按时办结率不低于95%"),
                             ("金额合计", None, money(720), None)],
                      goal="全年完成食品安全监督抽检4200批次，特种设备定期检验率保持在98%以上，"
                           "消费投诉按时办结率不低于95%。")  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注",
                  "指标编码", "校验键")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥4200", "批次"),
        (None, None, "特种设备监督检查台次", "≥1600", "台次"),
        (None, None, "计量器具强制检定数量", "≥12000", "台件"),
        (None, "质量指标", "特种设备定期检验率", "≥98", "%"),
        (None, None, "抽检不合格食品核查处置率", "=100", "%"),
        (None, "时效指标", "消费投诉按时办结率", "≥95", "%"),
        (None, None, "抽检结果公布时限", "≤20", "个工作日"),
        ("成本指标", "经济成本指标", "食品监督抽检单批次成本", "≤700", "元/批次"),
        ("效益指标", "经济效益指标", "为消费者挽回经济损失", "≥600", "万元"),
        (None, "社会效益指标", "12315热线接通率", "≥90", "%"),
        (None, "可持续影响指标", "食品安全追溯体系覆盖企业数", "≥350", "家"),
        ("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "≥90", "%"),
    ]  # fmt: skip
    s.table(rows, merged=(1, 2))
    t1 = t2 = ""
    for i, r in enumerate(rows):
        t1, t2 = r[0] or t1, r[1] or t2
        s.put(head + 1 + i, 7, f"SJ{head + 1 + i:03d}")
        s.put(head + 1 + i, 8, f"{t1}-{t2}")
    s.ws.column_dimensions["G"].hidden = True
    s.ws.column_dimensions["H"].hidden = True
    s.ws.freeze_panes = f"A{head + 1}"
    s.ws.print_area = f"A1:F{s.r + 2}"
    s.ws.print_title_rows = f"{head}:{head}"
    common.signed(s, "陈国栋", "2025年11月18日")
    return b


@variant(
    "jm08-bracket-slash-names",
    (5,),
    "project, NAT-2021, indicator names with quotes, "
    "brackets and slashes (“两品一标”认证数量, 农药/兽药残留…, …（家）), a 备注 column",
)
def jm08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 36, 18, 20))
    common.project(s, year=2026, name="农产品质量安全与品牌培育项目", dept="枫岭县农业农村局",
                   unit="枫岭县农产品质量安全检测站",
                   money=[("实施期资金总额", money(186), "年度资金总额", money(186)),
                          ("其中：财政拨款", money(170), "其中：财政拨款", money(170)),
                          ("其他资金", money(16), "其他资金", money(16))],
                   goals=["新增“两品一标”认证产品12个，完成农药/兽药残留快速检测6000批次，"
                          "农产品定量监测合格率稳定在98%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "“两品一标”认证数量", "≥12个", "绿色食品、有机农产品、地理标志"),
        (None, None, "农药/兽药残留快速检测批次", "≥6000批次", None),
        (None, None, "承诺达标合格证（食用农产品）开具主体数", "≥260家", None),
        (None, None, "新型经营主体（合作社/家庭农场）培训人次", "≥400人次", None),
        (None, "质量指标", "农产品定量监测合格率（部级口径）", "≥98%", None),
        (None, None, "“两品一标”证后抽检覆盖率", pct(1), None),
        (None, "时效指标", "认证奖补资金兑付时间", "2026年12月15日前", None),
        ("成本指标", "经济成本指标", "快速检测单批次成本", "≤60元/批次", None),
        (None, None, "“两品一标”认证奖补标准", "≤5万元/个", None),
        ("效益指标", "经济效益指标", "认证产品平均销售溢价率", "≥10%", "与同类未认证产品比较"),
        (None, "社会效益指标", "农村/城镇居民农产品质量安全知晓率", "≥85%", None),
        (None, "可持续影响指标", "县级追溯平台入驻主体（家）", "≥300", None),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    common.signed(s, "周海燕", "2025年11月21日")
    return b


@variant("jm09-section-rows", (5,), "project, NAT-2021, tier-2 column only; each tier-1 a "
         "section row (一、产出指标) merged across the table; a 指标值设定依据 column")  # fmt: skip
def jm09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(18, 32, 18, 20, 12, 12))
    common.project(s, year=2026, name="城乡最低生活保障资金项目", dept="石楼区民政局",
                   unit="石楼区社会救助服务中心", attr="常年项目",
                   money=[("实施期资金总额", money(5260), "年度资金总额", money(5260)),
                          ("其中：财政拨款", money(4980), "其中：财政拨款", money(4980)),
                          ("其他资金", money(280), "其他资金", money(280))],
                   goals=["保障农村/城镇低保对象基本生活，按月足额发放低保金，城市低保标准不低于"
                          "每人每月820元、农村不低于每人每月650元。"])  # fmt: skip
    s.row("二级指标", "三级指标", "指标值", "指标值设定依据")

    def section(text: str) -> None:
        s.row(text, None, None, None, merge=[(1, 4)])

    section("一、产出指标")
    s.table([
        ("数量指标", "农村/城镇低保保障人数（人）", "≥4960", "计划标准"),
        ("质量指标", "低保对象认定准确率", "≥95%", "历史标准"),
        (None, "低保金社会化发放率", pct(1), "行业标准"),
        ("时效指标", "低保金发放时间", "每月10日前", "计划标准"),
    ], merged=(1,))  # fmt: skip
    section("二、成本指标")
    s.table([
        ("经济成本指标", "城市低保标准", ok("≥820元/人·月", note="保障标准是下限：≥ 是对的"),
         "区政府公布标准"),
        (None, "农村低保标准", ok("≥650元/人·月", note="保障标准是下限"), "区政府公布标准"),
    ], merged=(1,))  # fmt: skip
    section("三、效益指标")
    s.table([
        ("社会效益指标", "困难群众基本生活保障", "有效", "其他标准"),
        (None, "符合条件对象应保尽保率", pct(1), "行业标准"),
        ("可持续影响指标", "低保动态管理机制", "健全", "其他标准"),
    ], merged=(1,))  # fmt: skip
    section("四、满意度指标")
    s.table([("服务对象满意度指标", "低保对象满意度", "≥90%", "历史标准")])
    common.signed(s, "刘德明", "2025年11月10日")
    return b


@variant("jm10-odd-values", (1,), "project, NAT-2021, values 100%（全覆盖）, ≥3项/年, 1次/季度, "
         "＞0, ≤5‰ typed inline, no unit column")  # fmt: skip
def jm10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    common.project(s, year=2026, name="基层医疗卫生服务能力提升项目", dept="鹤泉县卫生健康局",
                   unit="鹤泉县基层卫生指导中心",
                   money=[("实施期资金总额", money(420), "年度资金总额", money(420)),
                          ("其中：财政拨款", money(390), "其中：财政拨款", money(390)),
                          ("其他资金", money(30), "其他资金", money(30))],
                   goals=["为14个乡镇卫生院配置远程会诊设备，实现远程会诊乡镇全覆盖；轮训乡村"
                          "医生260人次；每年推广适宜技术不少于3项。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "远程会诊设备配置套数", "≥14套"),
        (None, None, "乡村医生轮训人次", "≥260人次"),
        (None, None, "适宜技术推广项数", "≥3项/年"),
        (None, None, "基层医疗机构督导检查频次", "1次/季度"),
        (None, None, "远程会诊乡镇卫生院覆盖率", "100%（全覆盖）"),
        (None, "质量指标", "基本药物配备使用率", "≥90%"),
        (None, None, "乡村医生轮训考核合格率", "≥95%"),
        (None, "时效指标", "设备安装调试完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "乡村医生轮训人均成本", "≤1500元/人"),
        (None, None, "远程会诊设备单套采购价", "≤18万元/套"),
        ("效益指标", "社会效益指标", "新生儿死亡率", "≤5‰"),
        (None, None, "县域内就诊率", "≥90%"),
        (None, "经济效益指标", "基层医疗卫生机构诊疗人次增长率",
         ok("＞0", note="增长为正：0 不必带 %")),
        (None, "可持续影响指标", "远程会诊系统持续运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
        (None, None, "乡村医生满意度", "≥88%"),
    ], merged=(1, 2))  # fmt: skip
    common.signed(s, "何静", "2025年11月16日")
    return b


@variant("jm11-flat-spacer", (3, 4), "department, flat list (序号 · 指标名称 · spacer · "
         "指标性质 as direction · 指标值 · 计量单位 · 权重), weights add to 100")  # fmt: skip
def jm11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(8, 30, 2, 12, 12, 12, 10))
    common.department(s, year=2026, dept="青榆市档案馆",
                      budget=[money(612.8), money(582.8), money(30), money(452.8), money(160)],
                      tasks=[("馆藏档案数字化", "纸质档案扫描、图像处理、著录挂接", money(90),
                              "完成数字化加工120万画幅"),
                             ("档案抢救修复", "破损档案去酸、修裱", money(40), "修复3000页"),
                             ("档案利用与展览", "查档服务、专题展览", money(30),
                              "接待查阅利用4500人次"),
                             ("金额合计", None, money(160), None)],
                      goal="完成馆藏档案数字化加工120万画幅，修复破损档案3000页，全年接待档案"
                           "查阅利用4500人次。")  # fmt: skip
    s.skip()
    s.row("年度绩效指标", None, None, None, None, None, None, merge=[(1, 7)])
    s.row("序号", "指标名称", None, "指标性质", "指标值", "计量单位", "权重")
    rows = [
        ("馆藏档案数字化加工量", "正向", 120, "万画幅", 15),
        ("破损档案修复页数", "正向", 3000, "页", 10),
        ("档案查阅利用人次", "正向", 4500, "人次", 10),
        ("数字化成果质检合格率", "正向", pct(0.98), "%", 10),
        ("档案库房温湿度达标率", "正向", pct(0.95), "%", 8),
        ("查档申请办结时限", "反向", 3, "个工作日", 7),
        ("数字化加工单价", "反向", 0.7, "元/画幅", 8),
        ("档案专题展览场次", "正向", 4, "场", 6),
        ("开放档案网上可查比例", "正向", pct(0.6), "%", 8),
        ("档案信息系统正常运行率", "正向", pct(0.99), "%", 8),
        ("查档群众满意度", "正向", pct(0.92), "%", 10),
    ]  # fmt: skip
    for i, (name, d, v, u, w) in enumerate(rows, start=1):
        s.row(i, name, None, d, v, u, w)
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    s.ws.cell(s.r, 1).alignment = Alignment(horizontal="center")
    common.signed(s, "吴丽华", "2025年11月20日")
    return b


def _school_table(s, rows) -> None:  # type: ignore[no-untyped-def]
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", col=2)
    s.table(rows, merged=(1, 2), col=2)


@variant(
    "jm12-stacked-column-b",
    (2, 4),
    "two one-year projects stacked in one sheet, OLD-NAT, "
    "each table from column B (column A holds 附件 numbers), 比较符 column, a date value",
)
def jm12() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(10, 14, 14, 30, 8, 14, 14))
    s.row("附件1-1")
    common.project(
        s,
        col=2,
        year=2026,
        name="普惠性幼儿园生均公用经费补助",
        dept="岚溪区教育局",
        unit="岚溪区学前教育指导中心",
        attr="常年项目",
        money=[
            ("实施期资金总额", money(360), "年度资金总额", money(360)),
            ("其中：财政拨款", money(360), "其中：财政拨款", money(360)),
            ("其他资金", money(0), "其他资金", money(0)),
        ],
        goals=["对42所普惠性幼儿园按生均每年600元给予补助，惠及在园幼儿6000人。"],
    )
    _school_table(s, [
        ("产出指标", "数量指标", "补助普惠性幼儿园数量", "≥", 42, "所"),
        (None, None, "受益在园幼儿人数", "≥", 6000, "人"),
        (None, "质量指标", "补助资金使用合规率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金下达时限", "≤", 30, "日"),
        (None, "成本指标", "生均补助标准", "≤", 600, "元/人·年"),
        ("效益指标", "社会效益指标", "普惠性幼儿园在园幼儿占比", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "普惠性学前教育经费保障机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip(2)
    s.row("附件1-2")
    common.project(
        s,
        col=2,
        year=2026,
        name="义务教育学校校舍维修改造项目",
        dept="岚溪区教育局",
        unit="岚溪区教育后勤服务中心",
        money=[
            ("实施期资金总额", money(540), "年度资金总额", money(540)),
            ("其中：财政拨款", money(500), "其中：财政拨款", money(500)),
            ("其他资金", money(40), "其他资金", money(40)),
        ],
        goals=["利用暑期完成9所学校、18000平方米校舍维修改造，消除校舍安全隐患。"],
    )
    _school_table(s, [
        ("产出指标", "数量指标", "维修改造学校数量", "≥", 9, "所"),
        (None, None, "维修改造校舍面积", "≥", 18000, "平方米"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "暑期施工完成时间", "≤", day(2026, 8, 25, CN_DATE), "日期"),
        (None, "成本指标", "校舍维修单位面积成本", "≤", 280, "元/平方米"),
        ("效益指标", "社会效益指标", "消除校舍安全隐患学校数", "≥", 9, "所"),
        (None, "可持续影响指标", "改造后校舍正常使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    common.signed(s, "林建华", "2025年11月22日", col=2)
    return b
