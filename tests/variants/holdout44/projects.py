"""Project returns of a county health system: 基本公共卫生服务 per head, vaccination, maternal and
infant mortality, equipment, 中医药 services at township hospitals, a township hospital's
malformed thresholds (jb01–jb04, jb07, jb08)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout44.parts import filled, indicators, signatures
from tests.variants.holdout44.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct

AMT = "#,##0.00"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("jb01-phs-per-head-ok", (1, 12), "project, NAT-2021, 元/人 × 常住人口 = the budget")
def jb01() -> Book:
    book = Book()
    s = book.sheet("项目绩效目标")
    project_head(s, year=2025, name="2025年基本公共卫生服务补助资金",
                 dept="岚山县卫生健康局（412001）",
                 unit="岚山县卫生健康局", attr="常年项目",
                 money=[("年度资金总额", money(3064.4, AMT), "其中：财政拨款", money(3064.4, AMT)),
                        ("其他资金", money(0, AMT), None, None)],
                 goals=["按常住人口32.6万人、人均94元的标准落实基本公共卫生服务补助，"
                        "提高重点人群健康管理和家庭医生签约服务水平。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "人均基本公共卫生服务经费补助标准",
         ok("≥94元/人", note="a subsidy floor set by the state: ≥ is what is meant")),
        ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥26万人"),
        (None, None, "65岁及以上老年人健康管理人数", "≥3.1万人"),
        (None, "质量指标", "重点人群家庭医生签约服务覆盖率", "≥75%"),
        (None, None, "高血压患者基层规范管理服务率", "≥65%"),
        (None, "时效指标", "补助资金拨付及时率", pct(1.0)),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%"),
        (None, None, "适龄儿童国家免疫规划疫苗接种率", "≥90%"),
        (None, "可持续影响指标", "基层医疗卫生机构公共卫生服务能力", "逐步提升"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, filled=filled(2024, 11, 12), who="周敏", checker="韩立东", phone="0736-5512083")
    return book


@variant("jb02-vaccination-columns", (1, 11), "project, OLD-NAT, 比较符 and 计量单位 columns")
def jb02() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(s, year=2025, name="免疫规划及预防接种服务项目", dept="岚山县卫生健康局",
                 unit="岚山县疾病预防控制中心",
                 money=[("年度资金总额", money(186.5, AMT), "其中：财政拨款", money(186.5, AMT)),
                        ("其他资金", money(0, AMT), None, None)],
                 goals=["完成国家免疫规划疫苗接种4.8万剂次，"
                        "保持适龄儿童接种率在90%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "国家免疫规划疫苗接种剂次", "≥", 48000, "剂次"),
        (None, None, "适龄儿童免疫规划疫苗接种率", "≥",
         mk(12600, "T105", "error", row=True, alt=("T112", "D104"), note="a head count"), "人"),
        (None, "质量指标", "冷链设备温度监测合格率", "≥", pct(0.98), "%"),
        (None, None, "疑似预防接种异常反应报告及时率", "≥", pct(0.95), "%"),
        (None, "时效指标", "疫苗出入库信息登记及时率", "=", pct(1.0), "%"),
        (None, "成本指标", "单剂次接种服务补助标准", "≤", 12, "元/剂次"),
        ("效益指标", "社会效益指标", "适龄儿童麻疹发病率", "≤", 1, "1/10万"),
        (None, None, "预防接种服务投诉率",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向"), pct(0.05), "%"),
        (None, "可持续影响指标", "预防接种信息化管理覆盖率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "受种儿童家长满意度", "≥",
         mk(90, "T105", "error", row=True, alt=("T104", "T116"), note="no % anywhere"), None),
    ])  # fmt: skip
    return book


@variant("jb03-mch-mortality-ok", (1, 11), "project, NAT-2021, direction column, 1/10万 and ‰")
def jb03() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(s, year=2025, name="妇幼健康服务与出生缺陷防治项目",
                 dept="岚山县卫生健康局", unit="岚山县妇幼保健院",
                 money=[("年度资金总额", money(412.6, AMT), "其中：财政拨款", money(380.0, AMT)),
                        ("其他资金", money(32.6, AMT), None, None)],
                 goals=["开展孕产妇产前筛查和儿童健康管理，孕产妇死亡率控制在12/10万以内，"
                        "婴儿死亡率控制在4.5‰以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "孕产妇免费产前筛查人数", "正向", "≥2400", "人"),
        (None, None, "0-6岁儿童健康管理人数", "正向", "≥18000", "人"),
        (None, "质量指标", "孕产妇系统管理率", "正向", "≥90%", "%"),
        (None, None, "3岁以下儿童系统管理率", "正向", "≥90%", "%"),
        (None, "时效指标", "高危孕产妇专案管理及时率", "正向", "≥95%", "%"),
        ("成本指标", "经济成本指标", "孕产妇产前筛查补助标准", "反向", "≤180", "元/人"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "反向", "≤12", "1/10万"),
        (None, None, "婴儿死亡率", "反向", "≤4.5", "‰"),
        (None, None, "5岁以下儿童死亡率", "反向", "≤6", "‰"),
        ("满意度指标", "服务对象满意度指标", "孕产妇及家属满意度", "正向", "≥90%", "%"),
    ])  # fmt: skip
    s.row("注：孕产妇死亡率以每10万活产计，婴儿死亡率、5岁以下儿童死亡率以每千活产计。",
          merge=[(1, 6)])  # fmt: skip
    return book


@variant("jb04-equipment-wrong", (1, 12), "project, OLD-NAT, equipment, unit prices, detail lines")
def jb04() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(s, year=2025, name="医疗设备购置项目", dept="岚山县卫生健康局",
                 unit="岚山县人民医院", attr="一次性项目",
                 money=[("年度资金总额",
                         mk(money(1260.0, AMT), "B101", "error", row=True,
                            note="900 + 300 = 1200, not 1260"),
                         "其中：财政拨款", money(900.0, AMT)),
                        ("其他资金（单位自筹）", money(300.0, AMT), None, None)],
                 goals=["购置64排CT 1台、彩色多普勒超声诊断仪2台、全自动生化分析仪1台，"
                        "提升县域影像和检验服务能力。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置医疗设备数量", "4台"),
        (None, "质量指标", "设备验收合格率",
         mk("≥105%", "T106", "error", note="a 合格率 cannot exceed 100%")),
        (None, "时效指标", "设备安装调试完成时间",
         mk("2024年9月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a deadline before the budget year 2025")),
        (None, "成本指标", "64排CT采购单价", "≤680万元/台"),
        (None, None, "彩色多普勒超声诊断仪采购单价", "≤190万元/台"),
        ("效益指标", "社会效益指标", "大型设备检查预约等待时间", "≤3天"),
        (None, None, "新购设备使用率", "≥85%"),
        (None, "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("设备购置明细", merge=[(1, 6)])
    s.row("序号", "设备名称", "数量（台）", "单价（万元）", "金额（万元）", "备注")
    old = ok("替换2012年购置设备", note="the old machine's year")
    s.row(1, "64排螺旋CT", 1, money(680.0, AMT), money(680.0, AMT), old)
    s.row(2, "彩色多普勒超声诊断仪", 2, money(190.0, AMT), money(380.0, AMT), None)
    s.row(3, "全自动生化分析仪", 1, money(200.0, AMT), money(200.0, AMT), None)
    s.row("合计", None, 4, None, money(1260.0, AMT), None)
    return book


@variant("jb07-tcm-township-ok", (1, 4), "project, OLD-NAT, word operators, notes and signatures")
def jb07() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(s, year=2025, name="基层中医药服务能力提升项目", dept="岚山县卫生健康局",
                 unit="岚山县中医医院（牵头）、各乡镇卫生院", attr="新增项目",
                 money=[("年度资金总额", money(150.0, AMT), "其中：财政拨款", money(150.0, AMT)),
                        ("其他资金", money(0, AMT), None, None)],
                 goals=["在6个乡镇卫生院建成中医馆，开展中医药适宜技术培训，"
                        "基层中医药服务能力有效提升。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "建成乡镇卫生院中医馆数量", "6个"),
        (None, None, "中医药适宜技术培训人次", "不少于300人次"),
        (None, "质量指标", "乡镇卫生院能够提供中医药服务的比例", pct(1.0)),
        (None, None, "中医适宜技术培训考核合格率", "95%以上"),
        (None, "时效指标", "中医馆设备配置完成时限", "资金下达后30日内"),
        (None, "成本指标", "每个中医馆建设补助标准", "≤25万元/个"),
        ("效益指标", "社会效益指标", "基层中医药诊疗人次占比", "不低于35%"),
        (None, "可持续影响指标", "基层中医药服务能力", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "不低于90%"),
    ])  # fmt: skip
    s.row("注：1.“不少于”“不低于”“以上”均含本数；2.中医药诊疗人次占比=中医诊疗人次/总诊疗人次。",
          merge=[(1, 6)])  # fmt: skip
    s.row("填报说明：本表由项目实施单位填写，主管部门审核后报县财政局。", merge=[(1, 6)])
    signatures(s, filled=filled(2024, 11, 18), who="欧阳春", checker="谭建平", phone="0736-5523417")
    return book


@variant("jb08-township-thresholds", (1, 9), "project, OLD-NAT, thresholds typed wrong")
def jb08() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(s, year=2025, name="青石镇卫生院基本医疗服务能力提升项目",
                 dept="岚山县卫生健康局", unit="岚山县青石镇卫生院", attr="新增项目",
                 money=[("年度资金总额", money(48.0, AMT), "其中：财政拨款", money(40.0, AMT)),
                        ("其他资金", money(8.0, AMT), None, None)],
                 goals=["改造青石镇卫生院门诊和发热诊室，"
                        "提升基本医疗和慢病管理服务能力。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造门诊及发热诊室面积", "≥420平方米"),
        (None, None, "签约慢病患者随访人次", "≥3600人次"),
        (None, "质量指标", "改造工程验收合格率",
         mk("≥≤90%", "T116", "warning", note="two operators: which is meant?")),
        (None, None, "慢病患者规范管理率",
         mk(">=95", "T105", "error", alt=("T104", "T116"), note="a rate without %")),
        (None, "时效指标", "改造工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "门诊改造单方造价", "≤950元/平方米"),
        ("效益指标", "社会效益指标", "镇域内就诊率", "≥65%"),
        (None, "可持续影响指标", "基层首诊服务能力", "逐步改善"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度",
         mk("95%%", "T116", "warning", note="a doubled %")),
    ])  # fmt: skip
    return book
