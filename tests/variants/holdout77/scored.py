"""Returns with weights or points and a 评（扣）分标准 column, and one export of the provincial
budget system (预算管理一体化) with its footer."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout77.forms import GE, indicators, one_year, signatures, w
from tests.variants.holdout77.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "ki16-resources-geohazard-weights",
    (10,),
    "project, NAT-2021, 指标权重 column: weights add to 95, an indicator entered twice",
)
def ki16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="地质灾害防治省级补助",
        dept="岚川省自然资源厅（309001）",
        unit="岚川省地质环境监测院",
        attr="常年项目",
        money=one_year(w(4200), w(4200), w(0)),
        goals=[
            "完成地质灾害隐患点汛前、汛中、汛后专业巡排查，实施受威胁群众避险搬迁500户，"
            "新建专业监测点260个，最大限度减少因灾人员伤亡。"
        ],
    )
    b.file_mark("W101", "error", note="the weights add up to 95")
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标权重"),
        [
            ("成本指标", "经济成本指标", "避险搬迁户均补助", "≤6万元/户", 10),
            ("产出指标", "数量指标", "地质灾害隐患点专业巡排查", "≥3600处", 10),
            (None, None, "受威胁群众避险搬迁户数", "≥500户", 10),
            (None, None, "新建专业监测点", "≥260个", 5),
            (
                None,
                None,
                mk(
                    "地质灾害隐患点专业巡排查",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="the row above repeated",
                ),
                "≥3600处",
                10,
            ),
            (None, "质量指标", "专业监测设备在线率", pct(0.95, GE), 10),
            (None, "时效指标", "汛前排查完成时间", "5月底前", 5),
            ("效益指标", "社会效益指标", "受威胁群众搬迁后安置率", pct(0.95, GE), 10),
            (None, None, "受地质灾害威胁人数", "减少", 10),
            (None, "可持续影响指标", "群测群防体系", "健全", 5),
            ("满意度指标", "服务对象满意度指标", "搬迁群众满意度", pct(0.9, GE), 5),
            (None, None, "受威胁区群众满意度", pct(0.9, GE), 5),
        ],
    )
    signatures(s, "岚川省地质环境监测院", "韩斌", "0871-6256031")
    return b


@variant(
    "ki17-university-normal-students",
    (10,),
    "project, NAT-2021, 分值 and 评（扣）分标准 columns, points adding to 100; correct",
)
def ki17() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 16, 28, 16, 8, 36))
    project_head(
        s,
        year=2027,
        name="公费师范生培养补助",
        dept="岚川省教育厅（301001）",
        unit="岚川师范大学",
        attr="常年项目",
        money=one_year(w(6000), w(6000), w(0)),
        goals=[
            "保障在校公费师范生4800人学费、住宿费和生活补助，新招录公费师范生1200人，"
            "毕业生按协议到乡村学校任教，补充乡村教师队伍。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值", "评（扣）分标准"),
        [
            (
                "成本指标",
                "经济成本指标",
                "公费师范生生均补助标准",
                "≤1.2万元/人",
                10,
                "超出标准不得分",
            ),
            ("产出指标", "数量指标", "在校公费师范生人数", "≥4800人", 10, "每少1%扣1分"),
            (None, None, "新招录公费师范生人数", "≥1200人", 10, "每少1%扣1分"),
            (None, "质量指标", "毕业生教师资格证取得率", pct(0.95, GE), 10, "每低1个百分点扣2分"),
            (None, None, "学业考核合格率", pct(0.96, GE), 10, "每低1个百分点扣2分"),
            (None, "时效指标", "补助资金发放时间", "每学期开学后1个月内", 10, "逾期不得分"),
            (
                "效益指标",
                "社会效益指标",
                "毕业生到乡村学校履约任教率",
                pct(0.95, GE),
                10,
                "每低1个百分点扣2分",
            ),
            (None, None, "乡村学校教师队伍结构", "持续改善", 10, "根据抽查情况酌情扣分"),
            (None, "可持续影响指标", "公费师范生履约管理机制", "健全", 10, "未建立不得分"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "公费师范生满意度",
                pct(0.9, GE),
                5,
                "每低1个百分点扣1分",
            ),
            (None, None, "用人学校满意度", pct(0.9, GE), 5, "每低1个百分点扣1分"),
        ],
    )
    signatures(s, "岚川师范大学", "计财处 柯敏", "0871-6519342")
    return b


@variant(
    "ki18-health-system-export",
    (7,),
    "budget-system export: sheets 05-1 and 05-2, header on the third row, flat repeated "
    "rows, system footer; a rate as a count, a 反向 rate with ≥",
)
def ki18() -> Book:
    b = Book()
    unit = "岚川省疾病预防控制中心"
    project = "基本公共卫生服务项目省级补助"
    s = b.sheet("部门项目支出预算05-1", widths=(26, 26, 12, 14, 14, 14, 14))
    s.title("2027年部门项目支出预算表", 7)
    s.row("主管部门：岚川省卫生健康委员会", None, None, None, None, None, "单位：万元")
    s.row("单位名称", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "起止年限")
    s.row(unit, project, "常年项目", w(7800), w(7800), w(0), "2027年")
    s.row("合计", None, None, w(7800), w(7800), w(0), None)
    s.skip()
    s.row("数据来源：岚川省预算管理一体化系统    打印时间：2026-11-25 10:32")

    t = b.sheet("部门项目支出绩效目标05-2", widths=(22, 22, 30, 12, 14, 26, 10, 10, 10))
    t.title("2027年部门项目支出绩效目标表", 9)
    t.row("主管部门：岚川省卫生健康委员会")
    goal = (
        "为城乡居民免费提供基本公共卫生服务，规范管理高血压、糖尿病患者和孕产妇，"
        "提高居民健康素养水平。"
    )
    t.row(
        "单位名称",
        "项目名称",
        "年度绩效目标",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
    )
    rows = [
        ("成本指标", "经济成本指标", "人均基本公共卫生服务省级补助", "≤", 2.5, "元/人"),
        ("产出指标", "数量指标", "规范管理高血压患者人数", "≥", 210, "万人"),
        ("产出指标", "数量指标", "规范管理2型糖尿病患者人数", "≥", 68, "万人"),
        ("产出指标", "数量指标", "建立居民电子健康档案人数", "≥", 3100, "万人"),
        (
            "产出指标",
            "质量指标",
            "孕产妇系统管理率",
            "≥",
            mk(36, "T105", "error", note="a 管理率 given as a count of 万人"),
            "万人",
        ),
        ("产出指标", "质量指标", "老年人健康管理率", "≥", pct(0.65), "%"),
        (
            "产出指标",
            "质量指标",
            "电子健康档案信息差错率",
            mk("≥", "T108", "warning", row=True, note="a 差错率 is 反向: ≤ meant"),
            pct(0.02),
            "%",
        ),
        ("产出指标", "时效指标", "补助资金下达时间", "≤", "30个工作日", None),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥", pct(0.3), "%"),
        ("效益指标", "社会效益指标", "高血压患者血压控制率", "≥", pct(0.6), "%"),
        ("效益指标", "可持续影响指标", "基本公共卫生服务均等化水平", "定性", "逐步提高", None),
        ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥", pct(0.85), "%"),
    ]
    for r in rows:
        t.row(unit, project, goal, *r)
    t.skip()
    t.row("数据来源：岚川省预算管理一体化系统    打印时间：2026-11-25 10:33    第1页 共1页")
    return b
