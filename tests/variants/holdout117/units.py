"""Correct returns of 学校 and 卫生院 and of 乡镇 with several projects: two-line headers,
weights, 中期 and 年度 columns, stacked projects, a flat list, tiers filled down, numbers as
text with thousands separators."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout117.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout117.registry import variant
from tests.variants.kit import Book, pct


@variant(
    "lw03-school-nutrition",
    (1, 4),
    "中心小学: project, OLD-NAT, 比较符 and 计量单位 "
    "columns, percent cells, a 说明 line with the arithmetic",
)
def lw03() -> Book:
    b = Book()
    s = b.sheet("营养改善计划", (14, 14, 30, 12, 12, 12, 34))
    project_head(
        s,
        year=YEAR,
        name="农村义务教育学生营养改善计划",
        dept="石门乡中心学校",
        unit="石门乡中心学校",
        money=project_money((64.8, 64.8, 0)),
        goals=("为全乡义务教育阶段在校学生提供营养膳食补助，每生每天5元，全年按200天计。",),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注"),
        [
            ("产出指标", "数量指标", "受益学生人数", "≥", 648, "人", "以学籍系统在校生为准"),
            (None, None, "供餐天数", "≥", 200, "天", None),
            (None, "质量指标", "食堂食品安全检查合格率", "=", pct(1), "%", "市场监管所每学期检查"),
            (None, None, "学生营养餐留样率", "=", pct(1), "%", "每餐留样48小时"),
            (None, "时效指标", "补助资金按学期拨付及时率", "≥", pct(0.98), "%", None),
            (None, "成本指标", "生均每天补助标准", "≤", 5, "元/人·天", "国家标准"),
            (
                "效益指标",
                "社会效益指标",
                "学生营养健康状况",
                "定性",
                "有所改善",
                None,
                "以年度体检数据对比",
            ),
            (None, "可持续影响指标", "食堂管理制度", "定性", "健全", None, None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "学生及家长满意度",
                "≥",
                pct(0.9),
                "%",
                "每学期问卷一次",
            ),
        ],
    )
    footer(
        s,
        "说明：648人×5元×200天=64.8万元，全部为中央及省级财政补助。",
        "谭丽",
        "覃永红",
        "0739-7312040",
        f"{YEAR - 1}年11月25日",
        7,
    )
    return b


@variant(
    "lw04-health-center-weights",
    (1, 3),
    "乡镇卫生院: project, NAT-2021 with 成本指标, "
    "a 权重（%） column adding to 100, values with full-width signs",
)
def lw04() -> Book:
    b = Book()
    s = b.sheet("基本公共卫生服务", (14, 16, 30, 16, 10, 36))
    project_head(
        s,
        year=YEAR,
        name="基本公共卫生服务项目",
        dept="龙潭镇卫生院",
        unit="龙潭镇卫生院",
        money=project_money((212.5, 212.5, 0)),
        goals=("为辖区2.5万常住人口提供基本公共卫生服务，重点人群健康管理率达到上级要求。",),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）", "备注"),
        [
            (
                "成本指标",
                "经济成本指标",
                "人均基本公共卫生服务经费",
                "≤ 85元/人",
                10,
                "按常住人口2.5万人",
            ),
            ("产出指标", "数量指标", "建立居民电子健康档案人数", "≥ 22,500 人", 8, None),
            (None, None, "65岁及以上老年人健康体检人数", "≥ 2,600 人", 8, None),
            (None, None, "0—6岁儿童健康管理人数", "≥ 1,300 人", 6, None),
            (None, "质量指标", "高血压患者规范管理率", "≥ 65 ％", 8, None),
            (None, None, "2型糖尿病患者规范管理率", "≥ 65 ％", 8, None),
            (None, None, "适龄儿童国家免疫规划疫苗接种率", "≥ 95 ％", 7, None),
            (None, "时效指标", "传染病疫情报告及时率", "＝100％", 5, "网络直报"),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥ 25 ％", 10, None),
            (None, None, "辖区孕产妇死亡率", "≤ 0.1 ％", 5, None),
            (None, "可持续影响指标", "家庭医生签约服务机制", "持续运行", 5, None),
            ("满意度指标", "服务对象满意度指标", "居民对基本公共卫生服务满意度", "≧85%", 20, None),
            ("合计", None, None, None, 100, None),
        ],
    )
    footer(s, "说明：权重合计100。", "吴春燕", "杨光明", "0739-8812120", f"{YEAR - 1}年11月20日")
    return b


@variant(
    "lw05-township-two-years",
    (8,),
    "乡镇政府: two-year project, OLD-NAT, 中期 and 年度 "
    "value columns, 备注 column, annual counts below the period's",
)
def lw05() -> Book:
    b = Book()
    s = b.sheet("项目表", (14, 14, 30, 16, 16, 30))
    project_head(
        s,
        year=YEAR,
        years=2,
        name="农村人居环境整治提升",
        dept="白鹭镇人民政府",
        unit="白鹭镇人民政府",
        attr="新增项目",
        money=project_money((360, 340, 20), (180, 170, 10)),
        goals=(
            "两年内完成全镇15个村人居环境整治提升，新建污水处理设施，完成农村户厕改造。",
            "完成8个村人居环境整治，新建污水处理设施4处，改造户厕300户。",
        ),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
        [
            ("产出指标", "数量指标", "整治村庄个数", "≥15个", "≥8个", "第一年8个、第二年7个"),
            (None, None, "新建村级污水处理设施", "≥8处", "≥4处", None),
            (None, None, "改造农村户厕", "≥600户", "≥300户", "按户申请、验收后补助"),
            (None, "质量指标", "户厕改造验收合格率", "≥ 95 ％", "≥ 95 ％", None),
            (None, "时效指标", "年度整治任务完成率", "＝100％", "＝100％", None),
            (
                None,
                "成本指标",
                "户厕改造补助标准",
                "≤ 1,500 元/户",
                "≤ 1,500 元/户",
                "镇级补助标准",
            ),
            ("效益指标", "生态效益指标", "农村生活污水治理率", "≥ 60 ％", "≥ 45 ％", None),
            (None, "社会效益指标", "村容村貌", "明显改善", "有所改善", None),
            (None, "可持续影响指标", "设施运行维护机制", "健全", "建立", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥ 90 ％", "≥ 90 ％", None),
        ],
    )
    footer(s, None, "廖芳", "李建军", "0739-6012233", f"{YEAR - 1}年11月16日")
    return b


@variant(
    "lw06-street-flat-department",
    (3,),
    "街道办: 部门整体, flat list (指标名称 · 计量单位 · "
    "指标值 · 权重) with weights adding to 100, an amount as text with separators",
)
def lw06() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 20, 30, 16, 16, 16))
    department_head(
        s,
        year=YEAR,
        dept="桂塘街道办事处",
        budget=[(wan(1880), wan(1850), wan(30), wan(1420), wan(460))],
        goal="保障机关和11个社区正常运转，做好社区服务、城市管理和民生保障。",
        tasks=[
            ("社区服务运行", "11个社区工作经费", wan(220), "社区正常运转"),
            ("城市管理", "市容秩序及保洁", wan(180), "市容整洁"),
            ("民生保障", "困难群众救助、残疾人服务", wan(60), "应保尽保"),
            ("金额合计", None, wan(460), None),
        ],
    )
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("序号", "指标名称", "计量单位", "指标值", "权重（%）", "备注")
    for row in [
        (1, "保障社区个数", "个", "≥11", 10, None),
        (2, "社区工作者人数", "人", "≥ 132", 10, "按每社区12人"),
        (3, "困难群众救助人次", "人次", "≥ 1,200", 10, None),
        (4, "市容秩序考核达标率", "%", "≥ 95", 10, None),
        (5, "救助资金发放准确率", "%", "＝100", 10, None),
        (6, "12345热线按时办结率", "%", "≥ 95", 10, None),
        (7, "社区工作经费标准", "万元/个·年", "≤ 20", 10, "11个社区共220万元"),
        (8, "辖区群众安全感", "%", "≥ 95", 10, None),
        (9, "辖区居民满意度", "%", "≥ 90", 20, None),
    ]:
        s.row(*row)
    s.row(None, "合计", None, None, 100, None)
    footer(
        s,
        "说明：部门整体支出1,880.00万元，其中项目支出460万元。",
        "蒋丽华",
        "何国庆",
        "0739-5536677",
        f"{YEAR - 1}年11月21日",
    )
    return b
