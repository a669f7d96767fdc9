"""Project returns from the 鹿鸣市 bureaus: 教育局 (national form, 备注 column), 卫健委
(provincial form: 绩效指标名称 · 比较符 · 指标目标值 · 计量单位 · 考核标准) and 住建局 (multi-year,
中期 and 年度 columns)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout8.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

EDU = "鹿鸣市教育局（304001）"
HEALTH = "鹿鸣市卫生健康委员会（311001）"
HOUSING = "鹿鸣市住房和城乡建设局（318001）"
NUM = "#,##0.00"


@variant("k01-edu-training-ok", (1, 4, 5), "project, NAT-2021, 备注 column, units in names")
def k01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 16))
    project_head(s, year=2025, name="乡村教师能力提升培训", dept=EDU,
                 unit="鹿鸣市教师发展中心",
                 money=[("年度资金总额", money(86.5, WAN), "财政拨款", money(86.5, WAN)),
                        (None, None, "其他资金", money(0, WAN))],
                 goals=["完成乡村教师全员轮训，提升课堂教学和信息化教学能力。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("一、产出指标", "1.数量指标", "培训人数（人次）", "≥1500", "含送教下乡"),
        (None, None, "培训学时（学时）", "≥72", "每人"),
        (None, "2.质量指标", "培训考核合格率", pct(0.95), None),
        (None, "3.时效指标", "培训完成时间", "2025年11月底前", None),
        ("二、成本指标", "经济成本指标", "人均培训成本", "≤560元/人次", "按市定标准"),
        ("三、效益指标", "社会效益指标", "乡村学校课堂教学质量", "有效提升", None),
        (None, "可持续影响指标", "教师培训长效机制", "逐步完善", None),
        ("四、满意度指标", "服务对象满意度指标", "参训教师满意度", "不低于90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填表人：周晓岚", None, "审核人：何建平", None, "联系电话：0731-5820416")
    s.row("填报日期：", day(2024, 10, 28))
    return b


@variant("k02-edu-canteen-defects", (1, 11, 12), "project, NAT-2021, money and rate defects")
def k02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 16))
    project_head(s, year=2025, name="农村学校食堂设备更新", dept=EDU,
                 unit="鹿鸣市教育装备站",
                 money=[("年度资金总额", mk(money(260, WAN), "B101", "error"),
                         "财政拨款", money(200, WAN)),
                        (None, None, "其他资金", money(40, WAN))],
                 goals=["为32所农村学校更新食堂设备，保障学生用餐安全。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("一、产出指标", "1.数量指标", "更新设备学校数（所）", "32", None),
        (None, "2.质量指标", "设备验收合格率", mk(pct(1.05), "T106", "error"), None),
        (None, "3.时效指标", "设备安装完成时间", "2025年8月31日前", "秋季开学前"),
        ("二、成本指标", "经济成本指标", "校均设备购置成本", "≤7.5万元", None),
        ("三、效益指标", "社会效益指标", "食品安全事故发生次数", "0次", None),
        (None, None, "学生用餐投诉率", mk("≥5%", "T108", "warning", row=True), None),
        ("四、满意度指标", "服务对象满意度指标", "师生满意度", "≥92%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填表人：吴丽", None, "审核人：何建平", None, "联系电话：0731-5820433")
    return b


@variant("k03-health-provincial-ok", (1, 7), "project, OLD-NAT, 绩效指标名称 and 考核标准 columns")
def k03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 14, 28, 8, 12, 10, 30))
    s.title("2025年度省级格式项目支出绩效目标表", 7)
    s.row("项目名称", "基层慢性病随访管理", None, "主管部门", HEALTH, None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("资金情况（万元）", "资金总额", money(145.2, NUM), "财政资金", money(145.2, NUM),
          "其他资金", money(0, NUM))  # fmt: skip
    s.row("年度目标", "对辖区高血压、糖尿病患者开展规范随访，规范管理率达到省定标准。",
          merge=[(2, 7)])  # fmt: skip
    s.row("一级指标", "二级指标", "绩效指标名称", "比较符", "指标目标值", "计量单位", "考核标准")
    s.table([
        ("产出指标", "数量指标", "高血压患者随访人数", "≥", 21000, "人", "每少1%扣0.5分"),
        (None, None, "糖尿病患者随访人数", "≥", 7600, "人", "同上"),
        (None, "质量指标", "高血压患者规范管理率", "≥", 65, "%", "达到得满分"),
        (None, None, "随访信息录入准确率", "≥", 98, "%", "抽查核实"),
        (None, "时效指标", "季度随访完成及时率", "≥", 95, "%", "按季考核"),
        (None, "成本指标", "人均随访补助标准", "≤", 50, "元/人", "不超标准得满分"),
        ("效益指标", "社会效益指标", "慢性病并发症发生情况", "定性", "逐步改善", None, "好/中/差"),
        (None, "可持续影响指标", "基层慢病管理能力", "定性", "有效提升", None, "好/中/差"),
        ("满意度指标", "服务对象满意度指标", "签约患者满意度", "≥", 90, "%", "第三方调查"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("注：指标目标值为数值的，计量单位填在计量单位列。")
    return b


@variant("k04-health-provincial-defects", (1, 9, 13), "project, OLD-NAT, provincial form, defects")
def k04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 14, 28, 8, 12, 10, 30))
    s.title("2025年度省级格式项目支出绩效目标表", 7)
    s.row("项目名称", "适龄儿童免疫规划接种", None, "主管部门", HEALTH, None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("资金情况（万元）", "资金总额", money(98, NUM), "财政资金", money(98, NUM),
          "其他资金", money(0, NUM))  # fmt: skip
    s.row("年度目标", "完成适龄儿童国家免疫规划疫苗接种，维持高接种率。", merge=[(2, 7)])
    s.row("一级指标", "二级指标", "绩效指标名称", "比较符", "指标目标值", "计量单位", "考核标准")
    s.table([
        ("产出指标", "数量指标", "接种剂次", "≥", 64000, "剂次", "完成得满分"),
        (None, "质量指标", "免疫规划疫苗接种率", "≥", mk(95, "T105", "error", alt=("T104",)),
         None, "达到得满分"),
        (None, None, "冷链温度监测达标率", None, mk("≥≤90%", "T116", "warning", alt=("T109",)),
         None, "抽查"),
        (None, "时效指标", "接种信息上传及时率", "≥", 98, "%", "按月考核"),
        (None, "成本指标", "剂次接种服务补助", "≤", 12, "元/剂次", "不超标准"),
        ("效益指标", "社会效益指标", "疫苗可预防传染病发病情况", "定性", "保持低水平", None,
         "好/中/差"),
        (None, None, mk("疫苗可预防传染病发病情况", "D101", "warning", row=True,
                        alt=("D102", "D103")),
         "定性", "保持低水平", None, "好/中/差"),
        ("满意度指标", "服务对象满意度指标", "儿童家长满意度", "≥", 90, "%", "问卷"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k05-housing-three-year-ok", (8, 12), "three-year project, NAT-2021, 中期 and 年度 values")
def k05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 18, 18))
    project_head(s, year=2025, years=3, name="老旧小区改造（2025—2027）", dept=HOUSING,
                 unit="鹿鸣市城市更新服务中心", attr="新增项目",
                 money=[("中期资金总额", money(9600, WAN), "年度资金总额", money(3200, WAN)),
                        ("其中：财政拨款", money(9000, WAN), "其中：财政拨款", money(3000, WAN)),
                        ("其他资金", money(600, WAN), "其他资金", money(200, WAN))],
                 goals=["三年完成48个老旧小区改造，惠及居民1.2万户。",
                        "2025年完成16个老旧小区改造，惠及居民约4000户。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "改造小区数量", "48个", "16个", None),
        (None, None, "惠及居民户数", "≥12000户", "≥4000户", None),
        (None, "质量指标", "工程竣工验收合格率", "100%", "100%", None),
        (None, "时效指标", "年度改造任务完成率", "≥95%", "≥95%", "按年考核"),
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.8万元", "≤0.8万元", None),
        ("效益指标", "社会效益指标", "居住环境", "明显改善", "明显改善", None),
        (None, "可持续影响指标", "小区长效管理机制", "建立健全", "逐步建立", None),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k06-housing-two-year-defects", (8, 12), "two-year project, NAT-2021, period defects")
def k06() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 18, 18))
    project_head(s, year=2025, years=2, name="城区排水管网改造（2025—2026）", dept=HOUSING,
                 unit="鹿鸣市市政设施维护中心", attr="新增项目",
                 start=mk(day(2023, 3, 1), "Y102", "error", alt=("Y101", "Y104")),
                 money=[("中期资金总额", money(5400, WAN), "年度资金总额", money(2600, WAN)),
                        ("其中：财政拨款", money(5400, WAN), "其中：财政拨款", money(2600, WAN))],
                 goals=["两年改造城区雨污管网36公里，消除主要易涝点。",
                        "2025年改造雨污管网18公里，消除易涝点6处。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "改造管网长度", "36公里", mk("36公里", "D202", "warning"),
         "累计数照抄"),
        (None, None, "消除易涝点数量", "12处", mk("14处", "D201", "error"), None),
        (None, "质量指标", "管网闭水试验合格率", "100%", "100%", None),
        (None, "时效指标", "汛期前完工比例", "≥60%", "≥60%", None),
        ("成本指标", "经济成本指标", "每公里改造成本", "≤150万元", "≤150万元", None),
        ("效益指标", "社会效益指标", "城区内涝情况", "明显减少", "有所减少", None),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥85%", "≥85%", None),
    ], merged=(1, 2))  # fmt: skip
    # consequences of the copied 36公里 the reviewer accepts but does not ask for
    b.file_mark("B107", "warning", required=False, note="36 km x cost over the annual funds")
    b.file_mark("D104", "warning", required=False, note="annual goal says 18公里")
    return b
